package compile

import (
	"go/ast"
	"go/types"
)

// reflectArgs unwraps the interface value passed to reflect.ValueOf or
// reflect.TypeOf: the interpreter hands reflect its own wrapper of a cell
// value with methods (a struct of two fields, node and value), so that
// reflect.ValueOf(v).NumField() on an "any" parameter counted the
// wrapper's fields, not the value's.
//
//	reflect.ValueOf(v)  →  reflect.ValueOf(__gk.Norm(v))
func (r *rewriter) reflectArgs(call *ast.CallExpr) {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || fn.Name() != "ValueOf" && fn.Name() != "TypeOf" {
		return
	}
	a := call.Args[0]
	if t := r.info.TypeOf(a); t == nil || !types.IsInterface(t) || r.off(a.Pos()) < 0 {
		return
	}
	r.ed.insert(r.off(a.Pos()), rtName+".Norm(")
	r.ed.insert(r.off(a.End()), ")")
}
