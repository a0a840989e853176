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
	if call.Ellipsis.IsValid() || r.deferredOrGo(call) && r.variadicValue(call) {
		return // (written by wrapCall)
	}
	sig, ok := r.typeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() {
		return
	}
	fixed := sig.Params().Len() - 1
	last, ok := sig.Params().At(fixed).Type().(*types.Slice)
	if !ok || hasTypeParam(last) {
		return
	}
	if len(call.Args) == fixed && r.dynamicCall(call) && r.off(call.Rparen) >= 0 {
		// No variadic argument: the interpreter passes an empty slice
		// to a function value, Go a nil one.
		sep := ""
		if fixed > 0 {
			sep = ", "
		}
		r.ed.insert(r.off(call.Rparen), sep+r.typeString(last)+"(nil)...")
		return
	}
	if !r.funcValueCall(call) {
		return
	}
	if len(call.Args)-fixed < 2 {
		return
	}
	first, end := call.Args[fixed], call.Args[len(call.Args)-1]
	if r.off(first.Pos()) < 0 || r.off(end.End()) < 0 {
		return
	}
	r.ed.insertFirst(r.off(first.Pos()), r.typeString(last)+"{")
	r.ed.insertLast(r.off(end.End()), "}...")
	// A concrete value for an interface parameter before them goes in
	// through a function's result: the interpreter's spread call passes
	// it bare ("CallSlice using string as type interp.valueInterface").
	for i, a := range call.Args[:fixed] {
		pt, at := sig.Params().At(i).Type(), r.info.TypeOf(a)
		if !nonEmptyIface(pt) || at == nil || types.IsInterface(at) || isNil(at) || hasTypeParam(pt) || r.off(a.Pos()) < 0 || r.off(a.End()) < 0 {
			continue
		}
		r.ed.insertFirst(r.off(a.Pos()), "func() "+r.typeString(pt)+" { return ")
		r.ed.insertLast(r.off(a.End()), " }()")
	}
}

// funcValueCall reports whether call calls a function value (a variable
// or a struct field), not a declared function or a method.
func (r *rewriter) funcValueCall(call *ast.CallExpr) bool {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		_, isVar := r.info.Uses[f].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		s := r.info.Selections[f]
		return s != nil && s.Kind() == types.FieldVal
	}
	return false
}

// dynamicCall reports whether call calls a function value, a method of an
// interface or a method expression (not a declared function or a method
// called on its receiver).
func (r *rewriter) dynamicCall(call *ast.CallExpr) bool {
	if r.funcValueCall(call) {
		return true
	}
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		s := r.info.Selections[f]
		if s == nil {
			return false
		}
		return s.Kind() == types.MethodExpr || s.Kind() == types.MethodVal && types.IsInterface(s.Recv())
	case *ast.FuncLit:
		return true
	}
	return false
}

// variadicSlice writes the variadic arguments of a call when one is itself
// a slice of the parameter's type (a []any passed to ...any without ...)
// as a slice of them, and an untyped nil spread (f(nil...)) as a nil slice
// of the parameter's type: the interpreter spreads the first, which Go
// passes as one value, and crashes on the second.
//
//	count(row)     →  count([]any{row}...)
//	count(0, row)  →  count([]any{0, row}...)
//	count(nil...)  →  count([]int(nil)...)
func (r *rewriter) variadicSlice(call *ast.CallExpr) {
	sig, ok := r.typeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() || len(call.Args) < sig.Params().Len() {
		return
	}
	first := call.Args[sig.Params().Len()-1] // the first variadic argument
	if len(call.Args) != sig.Params().Len() && (call.Ellipsis.IsValid() || r.funcValueCall(call)) {
		return // (see variadicValueCall)
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
	spread := false // a variadic argument the interpreter would spread
	for _, a := range call.Args[sig.Params().Len()-1:] {
		t := r.info.TypeOf(a)
		if _, isSlice := t.Underlying().(*types.Slice); isSlice && types.AssignableTo(t, last) {
			spread = true
		}
	}
	if !spread || r.off(first.Pos()) < 0 {
		return
	}
	r.ed.insertFirst(r.off(first.Pos()), r.typeString(last)+"{")
	r.ed.insertLast(r.off(arg.End()), "}...")
}

// spreadFuncArgs converts the session functions named as arguments of a
// call that spreads a slice (Chain(upper, mws...)) to their types: the
// interpreter passes its own node, which the call fails to set
// ("reflect.Set: value of type *interp.node").
func (r *rewriter) spreadFuncArgs(call *ast.CallExpr) {
	if !call.Ellipsis.IsValid() {
		return
	}
	for _, a := range call.Args[:len(call.Args)-1] {
		id, ok := ast.Unparen(a).(*ast.Ident)
		if !ok || r.off(a.Pos()) < 0 || r.off(a.End()) < 0 {
			continue
		}
		f, ok := r.info.Uses[id].(*types.Func)
		sig, isSig := r.info.TypeOf(a).(*types.Signature)
		if !ok || !isSig || !r.pkgLevelFunc(f) || hasTypeParam(sig) {
			continue
		}
		r.ed.insertLast(r.off(a.Pos()), "("+r.typeString(unnamedSig(sig))+")(")
		r.ed.insertFirst(r.off(a.End()), ")")
	}
}
