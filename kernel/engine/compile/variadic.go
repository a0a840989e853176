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

// variadicSlice writes the one variadic argument of a call that is itself
// a slice of the parameter's type (a []any passed to ...any without ...)
// as a slice of it, and an untyped nil spread (f(nil...)) as a nil slice
// of the parameter's type: the interpreter spreads the first, which Go
// passes as one value, and crashes on the second.
//
//	count(row)    →  count([]any{row}...)
//	count(nil...) →  count([]int(nil)...)
func (r *rewriter) variadicSlice(call *ast.CallExpr) {
	sig, ok := r.typeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() || len(call.Args) != sig.Params().Len() {
		return
	}
	last, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	arg := call.Args[len(call.Args)-1]
	if !ok || hasTypeParam(last) || r.off(arg.Pos()) < 0 || r.off(arg.End()) < 0 {
		return
	}
	at := r.info.TypeOf(arg)
	if call.Ellipsis.IsValid() {
		if isNil(at) {
			r.ed.replace(r.off(arg.Pos()), r.off(arg.End()), r.typeString(last)+"(nil)")
		}
		return
	}
	if at == nil || !types.IsInterface(last.Elem()) || !r.cellCallee(call.Fun) {
		return // (compiled code gets it right)
	}
	if _, isSlice := at.Underlying().(*types.Slice); !isSlice || !types.AssignableTo(at, last) {
		return
	}
	r.ed.insertFirst(r.off(arg.Pos()), r.typeString(last)+"{")
	r.ed.insertLast(r.off(arg.End()), "}...")
}
