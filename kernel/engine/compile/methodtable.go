package compile

import (
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// The methods of the session's struct types, for reflection.
//
// The interpreter's struct types have no methods for reflect
// (reflect.TypeOf(c).NumMethod() was 0, reflect.ValueOf(c).MethodByName
// found nothing). Once a cell asks reflection for methods, the cells that
// declare types or methods give the runtime the names of each struct
// type's exported methods and their method expressions:
//
//	__gk.RegMethod(3, false, "Addr", func(__gk_r Config) string { return __gk_r.Addr() })

// emitMethodTable writes the registrations of the session's methods.
func (t *translation) emitMethodTable() {
	asks := false
	for _, r := range t.rewriters {
		asks = asks || r.reflectMethods
	}
	for _, r := range t.extraRewriters {
		asks = asks || r.reflectMethods
	}
	if !asks && (!t.c.reflectMethods || !t.declaresMethods && len(t.structIDs) == 0) {
		return
	}
	t.c.reflectMethods = true
	r := t.rewriter(t.u.cell)
	for _, ss := range t.sessionStructs() {
		n, id := ss.named, ss.id
		st, ok := t.c.structs[id]
		if !ok {
			continue
		}
		for i, typ := range []types.Type{n, types.NewPointer(n)} {
			ms := exportedMethods(typ)
			st.MethodNames[i] = nil
			for _, m := range ms {
				st.MethodNames[i] = append(st.MethodNames[i], m.Name())
				t.accB.addLine(rtName + ".RegMethod(" + itoa(id) + ", " + strconv.FormatBool(i == 1) + ", " +
					strconv.Quote(m.Name()) + ", " + methodLit(r, typ, m) + ")")
			}
		}
		t.c.structs[id] = st
	}
}

// methodLit writes a function literal calling method m on a receiver of
// type recv, taken as its first parameter: the method expression
// (recv.M), which the interpreter hands to compiled code without its
// receiver parameter.
//
//	func(__gk_r T, __gk_p0 string) string { return __gk_r.Hello(__gk_p0) }
func methodLit(r *rewriter, recv types.Type, m *types.Func) string {
	params, args, res := sigParts(m.Type().(*types.Signature), r.typeString)
	if params != "" {
		params = ", " + params
	}
	call := "__gk_r." + m.Name() + "(" + args + ")"
	if res != "" {
		call = "return " + call
	}
	return "func(__gk_r " + r.typeString(recv) + params + ")" + res + " { " + call + " }"
}

// exportedMethods lists the exported methods of typ's method set, sorted
// by name as reflect sorts them.
func exportedMethods(typ types.Type) []*types.Func {
	var fs []*types.Func
	ms := types.NewMethodSet(typ)
	for i := range ms.Len() {
		if m, ok := ms.At(i).Obj().(*types.Func); ok && m.Exported() {
			fs = append(fs, m)
		}
	}
	slices.SortFunc(fs, func(a, b *types.Func) int { return strings.Compare(a.Name(), b.Name()) })
	return fs
}
