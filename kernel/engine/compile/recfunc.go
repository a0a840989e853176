package compile

import (
	"go/ast"
	"go/types"
)

// A function type whose signature mentions itself (Rob Pike's lexer:
// type stateFn func(*lexer) stateFn) makes the interpreter recurse for
// ever on its reflect type. The interpreter gets it as an alias of any
// (type stateFn = any): functions returning one return their next state
// in an interface, and each call of a value of the type asserts it back
// to its signature:
//
//	type stateFn func(*lexer) stateFn  →  type stateFn = any
//	state(l)  →  func(f any) func(*lexer) stateFn { … f.(func(*lexer) stateFn) … }(state)(l)
//
// Methods on such a type are refused (see unsupported): an alias of any
// cannot have them.

// recursiveFunc returns the signature of t when t is a named function type
// mentioning itself (not generic).
func recursiveFunc(t types.Type) (*types.Signature, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0 {
		return nil, false
	}
	sig, ok := n.Underlying().(*types.Signature)
	if !ok || !mentions(sig, n, map[types.Type]bool{}) {
		return nil, false
	}
	return sig, true
}

// recursiveFuncSpec writes the declaration of a recursive function type as
// an alias of any.
func (r *rewriter) recursiveFuncSpec(ts *ast.TypeSpec) {
	obj, ok := r.info.Defs[ts.Name].(*types.TypeName)
	if !ok || ts.Assign.IsValid() || r.off(ts.Type.Pos()) < 0 || r.off(ts.Type.End()) < 0 {
		return
	}
	if _, ok := recursiveFunc(obj.Type()); ok {
		r.ed.replace(r.off(ts.Type.Pos()), r.off(ts.Type.End()), "= any")
	}
}

// recursiveFuncCall asserts the callee of a call of a recursive function
// type's value to its signature.
func (r *rewriter) recursiveFuncCall(call *ast.CallExpr) {
	tv, ok := r.info.Types[call.Fun]
	if !ok || tv.IsType() || r.off(call.Fun.End()) < 0 {
		return
	}
	if sig, ok := recursiveFunc(tv.Type); ok && r.off(call.Fun.Pos()) >= 0 {
		r.asSignature(call.Fun, sig)
	}
}

// asSignature writes the value e of a recursive function type as a value
// of its signature sig (nil stays nil).
func (r *rewriter) asSignature(e ast.Expr, sig *types.Signature) {
	ss := r.typeString(sig)
	r.ed.insertLast(r.off(e.Pos()), "func(__gk_rf any) "+ss+" { f, _ := __gk_rf.("+ss+"); return f }(")
	r.ed.insertLast(r.off(e.End()), ")")
}

// recursiveFuncValue asserts e, a value of a recursive function type, to
// the function type dst it is assigned to (the type's signature, unnamed:
// for state := lexText; …; { state = state(l) }).
func (r *rewriter) recursiveFuncValue(e ast.Expr, dst types.Type) {
	if dst == nil || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return
	}
	want, ok := types.Unalias(dst).(*types.Signature)
	if !ok {
		return
	}
	sig, ok := recursiveFunc(r.info.TypeOf(e))
	if !ok || !types.Identical(sig, want) {
		return
	}
	r.asSignature(e, sig)
}

// intoRecursiveFunc converts a session function named as a value of a
// recursive function type, which is the interpreter's any, to its own
// type (see funcToIface).
func (r *rewriter) intoRecursiveFunc(e ast.Expr, dst types.Type) {
	if _, ok := recursiveFunc(dst); ok {
		r.funcToIface(e, r.info.TypeOf(e))
	}
}

// recursiveFuncAssigns applies recursiveFuncValue and intoRecursiveFunc
// to the values of an assignment, a declaration with a type, a return
// statement, a call or a conversion.
func (r *rewriter) recursiveFuncAssigns(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok.String() != "=" || len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, e := range n.Rhs {
			r.recursiveFuncValue(e, r.info.TypeOf(n.Lhs[i]))
			r.intoRecursiveFunc(e, r.info.TypeOf(n.Lhs[i]))
		}
	case *ast.ValueSpec:
		if n.Type == nil || len(n.Names) != len(n.Values) {
			return
		}
		for _, e := range n.Values {
			r.recursiveFuncValue(e, r.info.TypeOf(n.Type))
			r.intoRecursiveFunc(e, r.info.TypeOf(n.Type))
		}
	case *ast.ReturnStmt:
		sig := r.returnSig(n)
		if sig == nil || sig.Results().Len() != len(n.Results) {
			return
		}
		for i, e := range n.Results {
			r.recursiveFuncValue(e, sig.Results().At(i).Type())
		}
	case *ast.CallExpr:
		if r.info.Types[n.Fun].IsType() {
			if len(n.Args) == 1 {
				r.intoRecursiveFunc(n.Args[0], r.info.TypeOf(n.Fun)) // stateFn(lexText)
			}
			return
		}
		sig, ok := types.Unalias(r.info.TypeOf(n.Fun)).(*types.Signature)
		if !ok {
			return
		}
		for i, e := range n.Args {
			if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
				return
			}
			r.recursiveFuncValue(e, sig.Params().At(i).Type())
			r.intoRecursiveFunc(e, sig.Params().At(i).Type())
		}
	}
}

// returnSig is the signature of the function ret returns from, or nil.
func (r *rewriter) returnSig(ret *ast.ReturnStmt) *types.Signature {
	var sig *types.Signature
	switch lit, fd := r.enclosingFunc(ret); {
	case lit != nil:
		sig, _ = r.info.TypeOf(lit).(*types.Signature)
	case fd != nil:
		if obj := r.info.Defs[fd.Name]; obj != nil {
			sig, _ = obj.Type().(*types.Signature)
		}
	}
	return sig
}
