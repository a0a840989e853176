package compile

import (
	"go/ast"
	"go/types"
)

// errorsAs rewrites errors.As with a pointer to an interface (other than
// error) as target, which the runtime cannot match against interpreted
// types, into a walk of the chain with an assertion written here:
//
//	errors.As(err, &t)  →  rt.ErrorsAsFunc(err, func(p *I) func(any) bool { return func(x any) bool { ... } }(&t))
func (r *rewriter) errorsAs(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 || call.Ellipsis.IsValid() {
		return false
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" {
		return false
	}
	pt, ok := r.info.Types[call.Args[1]].Type.(*types.Pointer)
	if !ok {
		return false
	}
	if _, ok := pt.Elem().Underlying().(*types.Interface); !ok || pt.Elem() == types.Universe.Lookup("error").Type() {
		return false
	}
	anyT := types.NewInterfaceType(nil, nil)
	its := r.typeString(pt.Elem())
	match := "func(p *" + its + ") func(any) bool { return func(x any) bool { t, ok := " +
		r.ifaceAssertFunc(pt.Elem(), anyT, true) + "(x); if ok { *p = t }; return ok } }("
	r.ed.replace(r.off(call.Pos()), r.off(call.Args[0].Pos()), rtName+".ErrorsAsFunc(")
	r.ed.replace(r.off(call.Args[0].End()), r.off(call.Args[1].Pos()), ", "+match)
	r.ed.insert(r.off(call.Args[1].End()), ")")
	return true
}

// valueError reports a struct type of the cell package whose Error or
// String method has a value receiver: the interpreter loses such values
// in the wrappers it makes for error and fmt.Stringer values (see
// format.Recover), which selfPrologue lets the runtime get back.
func (r *rewriter) valueError(t types.Type) bool {
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() != r.pkg || named.TypeParams().Len() > 0 {
		return false
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return false
	}
	return types.Implements(named, errorType) || hasStringMethod(named, "String")
}

// valueErrorAssert rewrites an assertion to a valueError type so that it
// also looks inside the interpreter's wrapper.
func (r *rewriter) valueErrorAssert(ta *ast.TypeAssertExpr, t, xt types.Type, commaOk bool) bool {
	if !r.valueError(t) || r.off(ta.Pos()) < 0 || r.off(ta.End()) < 0 {
		return false
	}
	v, ts := r.uniq("av"), r.typeString(t)
	var head string
	if commaOk {
		head = "func(" + v + " " + r.typeString(xt) + ") (" + ts + ", bool) { if t, ok := " + v + ".(" + ts +
			"); ok { return t, true }; t, ok := " + rtName + ".Concrete(" + v + ").(" + ts + "); return t, ok }("
	} else {
		head = "func(" + v + " " + r.typeString(xt) + ") " + ts + " { if t, ok := " + v + ".(" + ts +
			"); ok { return t }; return " + rtName + ".Concrete(" + v + ").(" + ts + ") }("
	}
	r.ed.replace(r.off(ta.Pos()), r.off(ta.X.Pos()), head)
	r.ed.replace(r.off(ta.X.End()), r.off(ta.End()), ")")
	return true
}

// selfPrologue starts a value-receiver Error or String method of a struct
// type with the capture test of format.Recover (an unnamed receiver gets
// a name for it).
func (r *rewriter) selfPrologue(fd *ast.FuncDecl) {
	if fd.Recv == nil || fd.Body == nil || fd.Name.Name != "Error" && fd.Name.Name != "String" || len(fd.Recv.List) != 1 {
		return
	}
	f := fd.Recv.List[0]
	if len(f.Names) > 1 || r.off(fd.Body.Lbrace) < 0 {
		return
	}
	t := r.info.TypeOf(f.Type)
	if t == nil || !r.valueError(t) {
		return
	}
	sig, ok := r.info.Defs[fd.Name].Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return
	}
	self := selfName
	switch {
	case len(f.Names) == 0:
		// nameParams names it.
	case f.Names[0].Name == "_":
		r.ed.replace(r.off(f.Names[0].Pos()), r.off(f.Names[0].End()), self)
	default:
		self = f.Names[0].Name
	}
	r.ed.insert(r.off(fd.Body.Lbrace)+1, " if "+rtName+".SelfWanted() { "+rtName+".SelfIs("+self+"); return \"\" };")
}

// errorsJoin sends errors.Join(a, b) to the runtime's JoinAny: the
// interpreter loses the cell's error values passed in a compiled ...error
// (a spread slice, errors.Join(errs...), is fine).
func (r *rewriter) errorsJoin(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() {
		return
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "Join" {
		return
	}
	r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Fun.End()), rtName+".JoinAny")
	for _, a := range call.Args {
		if t := r.info.Types[a].Type; t != nil && r.namedNonStruct(t) {
			if id := r.desc(t); id != 0 {
				r.ed.insert(r.off(a.Pos()), "__gk_box(")
				r.ed.insert(r.off(a.End()), ", "+itoa(id)+")")
			}
		}
	}
}
