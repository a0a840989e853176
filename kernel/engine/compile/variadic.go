package compile

import (
	"go/ast"
	"go/types"
)

// variadicValueCall spreads the variadic arguments of a call of a function
// value (a struct field, a variable) into a slice: the interpreter fails
// on two or more of them ("index out of range [1] with length 1").
//
//	s.Log(1, 2)  →  s.Log([]int{1, 2}...)
func (r *rewriter) variadicValueCall(call *ast.CallExpr) {
	if call.Ellipsis.IsValid() {
		return
	}
	sig, ok := r.typeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() {
		return
	}
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if _, isVar := r.info.Uses[f].(*types.Var); !isVar {
			return // a declared function
		}
	case *ast.SelectorExpr:
		if s := r.info.Selections[f]; s == nil || s.Kind() != types.FieldVal {
			return // a method or a package's function
		}
	default:
		return
	}
	fixed := sig.Params().Len() - 1
	if len(call.Args)-fixed < 2 {
		return
	}
	last, ok := sig.Params().At(fixed).Type().(*types.Slice)
	if !ok || hasTypeParam(last) {
		return
	}
	first, end := call.Args[fixed], call.Args[len(call.Args)-1]
	if r.off(first.Pos()) < 0 || r.off(end.End()) < 0 {
		return
	}
	r.ed.insertFirst(r.off(first.Pos()), r.typeString(last)+"{")
	r.ed.insertLast(r.off(end.End()), "}...")
}
