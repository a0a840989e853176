package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// reflectArgs unwraps the interface values passed to functions that read
// them by reflection (reflect.ValueOf, reflect.TypeOf, encoding/binary's
// Write, Size and Append, sort.Slice): the interpreter hands them its own
// wrapper of a cell value with methods (a struct of two fields, node and
// value), or the kernel's tag of a named non-struct value, so that
// reflect.ValueOf(v).NumField() on an "any" parameter counted the
// wrapper's fields, binary.Write refused the wrapper ("not fixed-sized")
// and sort.Slice could not swap it.
//
//	reflect.ValueOf(v)  →  reflect.ValueOf(__gk.Norm(v))
func (r *rewriter) reflectArgs(call *ast.CallExpr) {
	if call.Ellipsis.IsValid() {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	i, ok := reflectedArg[fn.Pkg().Path()+"."+fn.Name()]
	if !ok || i >= len(call.Args) {
		return
	}
	a := call.Args[i]
	if t := r.info.TypeOf(a); t == nil || !types.IsInterface(t) || r.off(a.Pos()) < 0 {
		return
	}
	r.ed.insert(r.off(a.Pos()), rtName+".Norm(")
	r.ed.insert(r.off(a.End()), ")")
}

// reflectedArg gives the argument that functions of the standard library
// read by reflection, by package path and name.
var reflectedArg = map[string]int{
	"reflect.ValueOf":        0,
	"reflect.TypeOf":         0,
	"encoding/binary.Write":  2,
	"encoding/binary.Append": 2,
	"encoding/binary.Size":   0,
	"sort.Slice":             0,
	"sort.SliceStable":       0,
	"sort.SliceIsSorted":     0,
}

// ifaceEqual writes a == b (or !=) as __gk.Equal(a, b) when a side is an
// interface a cell type may sit in and the other is not nil: the
// interpreter compares its wrappers, which are not comparable ("comparing
// uncomparable type interp._error") or not equal to the bare value
// (errs[0] == VE{"x"} was false).
func (r *rewriter) ifaceEqual(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ || r.off(b.X.Pos()) < 0 || r.off(b.Y.End()) < 0 {
		return
	}
	tx, ty := r.concrete(r.info.TypeOf(b.X)), r.concrete(r.info.TypeOf(b.Y))
	if tx == nil || ty == nil || isNil(tx) || isNil(ty) {
		return
	}
	if _, ok := tx.(*types.TypeParam); ok {
		return // its constraint is no interface value
	}
	if _, ok := ty.(*types.TypeParam); ok {
		return
	}
	if ifaceParts(tx) && ifaceParts(ty) {
		// Structs or arrays with interfaces in them: compared part by
		// part, the interfaces through Equal (A{N{1}} == A{N{1}} was
		// false when N has methods).
		r.equalCall(b, false)
		return
	}
	if emptyIface(tx) != emptyIface(ty) && !(types.IsInterface(tx) && types.IsInterface(ty)) {
		// any == Green: the value is compared as an interface holds it,
		// through Equal for a cell type's value (the interface may hold
		// it in the interpreter's wrapper, from an error variable).
		if !types.IsInterface(tx) && r.mentionsCell(tx) || !types.IsInterface(ty) && r.mentionsCell(ty) {
			r.equalCall(b, true)
		}
		r.tagToAny(b.X, tx, ty)
		r.tagToAny(b.Y, ty, tx)
		return
	}
	if !r.cellIface(tx) && !r.cellIface(ty) && !(emptyIface(tx) && emptyIface(ty)) {
		return // (two any values may hold a cell value each way: []any{T{}} and any(T{}))
	}
	if !types.IsInterface(tx) && !r.mentionsCell(tx) || !types.IsInterface(ty) && !r.mentionsCell(ty) {
		return // an interface against a compiled value (err == io.EOF): as it is
	}
	r.equalCall(b, false)
}

// equalCall writes the comparison b as a call of the runtime's Equal;
// outer puts the call around what other rewrites insert at the operands'
// ends (tagToAny's tags).
func (r *rewriter) equalCall(b *ast.BinaryExpr, outer bool) {
	not := ""
	if b.Op == token.NEQ {
		not = "!"
	}
	if outer {
		r.ed.insertFirst(r.off(b.X.Pos()), not+rtName+".Equal(")
	} else {
		r.ed.insert(r.off(b.X.Pos()), not+rtName+".Equal(")
	}
	// (Inside Equal's parentheses, around the operands' own rewrites.)
	for _, e := range []ast.Expr{b.X, b.Y} {
		if head, ok := r.ifaceResult(e); ok {
			r.ed.insert(r.off(e.Pos()), head)
			r.ed.insert(r.off(e.End()), ")")
		}
	}
	if outer {
		r.ed.insertLast(r.off(b.Y.End()), ")")
	} else {
		r.ed.insert(r.off(b.Y.End()), ")")
	}
	r.ed.replace(r.off(b.OpPos), r.off(b.OpPos)+len(b.Op.String()), ",")
}

// ifaceParts reports a struct or array type with interface fields or
// elements, directly or in its struct and array parts.
func ifaceParts(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for f := range u.Fields() {
			if types.IsInterface(f.Type()) || ifaceParts(f.Type()) {
				return true
			}
		}
	case *types.Array:
		return types.IsInterface(u.Elem()) || ifaceParts(u.Elem())
	}
	return false
}

// cellIface reports an interface type that values of the cell's types
// with methods may be in.
func (r *rewriter) cellIface(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	return ok && !iface.Empty()
}

// mentionsCell reports a type of the cell's package, or a pointer to one.
func (r *rewriter) mentionsCell(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == r.pkg
}

func isNil(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedNil
}

// normOperand passes an interface value that compiled code returned (a
// call of a compiled function, a field of a compiled struct) through the
// runtime's Norm before an assertion: the interpreter sometimes hands
// back its own wrapper there without the type it needs (the second
// heap.Pop of a heap of a cell's interface values).
func (r *rewriter) normOperand(x ast.Expr) {
	xt := r.info.Types[x].Type
	if xt == nil || !types.IsInterface(xt) || r.off(x.Pos()) < 0 {
		return
	}
	if !emptyIface(xt) && compiledIface(xt, r.pkg) {
		return // (Norm's any would not go where an error goes)
	}
	switch e := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		if !r.compiledCallee(e.Fun) {
			return
		}
	case *ast.SelectorExpr:
		s := r.info.Selections[e]
		if s == nil || s.Kind() != types.FieldVal || s.Obj().Pkg() == nil || s.Obj().Pkg() == r.pkg {
			return
		}
	default:
		return
	}
	// Inside Untag's or an assertion function's call, which the callers
	// inserted before, and around the operand's own rewrites, inserted
	// after ((&R{}).get(t).Interface().(int), whose method call becomes
	// (*R).get(&R{}, t)).
	r.ed.insert(r.off(x.Pos()), rtName+".NormKeep(")
	r.ed.insertFirst(r.off(x.End()), ")")
}

// ifaceResult returns the conversion of e, when it is a call returning an
// interface of the cell with methods, to that interface: the interpreter
// passes a nil one on as a non-nil value (isNil(find()) was false, and
// find() == s panicked), which a conversion mends.
//
//	isNil(find())  →  isNil((Shape)(find()))
func (r *rewriter) ifaceResult(e ast.Expr) (head string, ok bool) {
	call, isCall := ast.Unparen(e).(*ast.CallExpr)
	if !isCall || r.isConversion(call) || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return "", false
	}
	if _, isBuiltin := r.info.Uses[calleeIdent(call.Fun)].(*types.Builtin); isBuiltin {
		return "", false
	}
	t := r.concrete(r.info.TypeOf(e)) // in an instance, of its type arguments
	if _, named := types.Unalias(t).(*types.Named); !named || !cellNonEmptyIface(t, r.pkg) || hasTypeParam(t) {
		return "", false
	}
	return "(" + r.typeString(t) + ")(", true
}

// ifaceResultArgs applies ifaceResult to the arguments of call passed as
// parameters of their own interface type.
func (r *rewriter) ifaceResultArgs(call *ast.CallExpr) {
	if r.isConversion(call) {
		return
	}
	sig, ok := types.Unalias(r.concrete(r.info.TypeOf(call.Fun))).(*types.Signature)
	if !ok {
		return
	}
	for i, a := range call.Args {
		pt := r.paramType(call, i)
		if pt == nil || sig.Variadic() && call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			continue
		}
		if at := r.concrete(r.info.TypeOf(a)); at == nil || !types.Identical(r.concrete(pt), at) {
			continue
		}
		if head, ok := r.ifaceResult(a); ok {
			r.ed.insertFirst(r.off(a.Pos()), head)
			r.ed.insertLast(r.off(a.End()), ")")
		}
	}
}

// assertOperand compares with true a type assertion that is the left
// operand of || or &&: the interpreter's x.(bool) || m["k"].(bool) is the
// left operand alone (parentheses would fall at the start of the
// expression, which rewrites that copy it leave out).
//
//	l.(bool) || r.(bool)  →  l.(bool) == true || r.(bool)
func (r *rewriter) assertOperand(b *ast.BinaryExpr) {
	if b.Op != token.LOR && b.Op != token.LAND {
		return
	}
	if _, ok := ast.Unparen(b.X).(*ast.TypeAssertExpr); !ok || r.off(b.X.End()) < 0 {
		return
	}
	r.ed.insertLast(r.off(b.X.End()), " == true")
}

// reflectTypeCall sends the methods of reflect.Type that show a cell's
// struct type, and reflect.VisibleFields, through the runtime: the
// interpreter's type has no name, renames unexported fields and carries
// the kernel's tags (reflect.TypeOf(u).Name() was "").
//
//	t.Field(i)  →  __gk.RTField(t, i)
func (r *rewriter) reflectTypeCall(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() || r.off(sel.Pos()) < 0 || r.off(call.Lparen) < 0 {
		return
	}
	if fn, ok := r.info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" &&
		fn.Name() == "VisibleFields" && len(call.Args) == 1 {
		r.ed.replace(r.off(sel.Pos()), r.off(sel.End()), rtName+".RTVisibleFields")
		return
	}
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return
	}
	prefix := ""
	switch {
	case isReflect(s.Recv(), "Type") && reflectTypeMethods[sel.Sel.Name]:
		prefix = ".RT"
	case isReflect(s.Recv(), "Value") && reflectValueMethods[sel.Sel.Name]:
		prefix = ".RV"
	default:
		return
	}
	switch sel.Sel.Name {
	case "NumMethod", "Method", "MethodByName", "Methods", "Implements", "AssignableTo", "ConvertibleTo":
		r.reflectMethods = true // (see methodtable.go)
	}
	sep := ""
	if len(call.Args) > 0 {
		sep = ", "
	}
	r.ed.insert(r.off(sel.X.Pos()), rtName+prefix+sel.Sel.Name+"(")
	r.ed.replace(r.off(sel.X.End()), r.off(call.Lparen)+1, sep)
}

// reflectTypeMethods are the methods of reflect.Type that reflecttypes.go
// in the engine answers for the cells' struct types, reflectValueMethods
// those of reflect.Value.
var (
	reflectTypeMethods = map[string]bool{
		"String": true, "Name": true, "PkgPath": true,
		"NumField": true, "Field": true, "FieldByName": true, "Fields": true,
		"NumMethod": true, "Method": true, "MethodByName": true, "Methods": true,
		"Implements": true, "AssignableTo": true, "ConvertibleTo": true,
	}
	reflectValueMethods = map[string]bool{"NumMethod": true, "Method": true, "MethodByName": true, "Methods": true, "FieldByName": true, "Fields": true,
		"Field": true, "Index": true, "MapIndex": true, "Elem": true, "String": true, "Slice": true, "Slice3": true}
)

// isReflect reports whether t is the named type reflect.name.
func isReflect(t types.Type, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "reflect" && n.Obj().Name() == name
}

// reflectTypeArgs prints the reflect.Type arguments of fmt's and log's
// printing functions with the cells' type names.
//
//	fmt.Println(t)  →  fmt.Println(__gk.RTArg(t))
func (r *rewriter) reflectTypeArgs(call *ast.CallExpr) {
	fn := r.calledFunc(call.Fun)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log" ||
		call.Ellipsis.IsValid() || strings.Contains(strings.ToLower(fn.Name()), "scan") {
		return
	}
	var verbs map[int]rune // (the format is read only for a reflect.Type argument)
	for i, a := range call.Args {
		if !isReflect(r.info.TypeOf(a), "Type") || r.off(a.Pos()) < 0 || r.off(a.End()) < 0 {
			continue
		}
		if verbs == nil {
			verbs = r.argVerbs(call, fn)
		}
		if verbs[i] != 'T' { // (%T: *reflect.rtype)
			r.ed.insert(r.off(a.Pos()), rtName+".RTArg(")
			r.ed.insert(r.off(a.End()), ")")
		}
	}
}
