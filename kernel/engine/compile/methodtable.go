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
	scope := t.ck.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, ok := n.Underlying().(*types.Struct); !ok {
			continue
		}
		id := t.structIDs[name]
		if d := t.c.sess.Decls[name]; id == 0 && d != nil {
			id = d.StructID
		}
		st, ok := t.c.structs[id]
		if id == 0 || !ok {
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
//	func(r T, a0 string) string { return r.Hello(a0) }
func methodLit(r *rewriter, recv types.Type, m *types.Func) string {
	sig := m.Type().(*types.Signature)
	params := []string{"__gk_r " + r.typeString(recv)}
	var args []string
	for i := range sig.Params().Len() {
		a := "__gk_a" + itoa(i)
		typ := r.typeString(sig.Params().At(i).Type())
		if sig.Variadic() && i == sig.Params().Len()-1 {
			typ = "..." + strings.TrimPrefix(typ, "[]")
			a += "..."
		}
		params = append(params, "__gk_a"+itoa(i)+" "+typ)
		args = append(args, a)
	}
	var results []string
	for i := range sig.Results().Len() {
		results = append(results, r.typeString(sig.Results().At(i).Type()))
	}
	call := "__gk_r." + m.Name() + "(" + strings.Join(args, ", ") + ")"
	if len(results) > 0 {
		call = "return " + call
	}
	return "func(" + strings.Join(params, ", ") + ") (" + strings.Join(results, ", ") + ") { " + call + " }"
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
