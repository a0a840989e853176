package compile

import (
	"fmt"
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
// cannot have them. In a function, where the interpreter declares no
// alias, the type is a defined empty interface.

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

// isRecursiveFunc reports a recursive function type (the interpreter's
// any).
func isRecursiveFunc(t types.Type) bool {
	_, ok := recursiveFunc(t)
	return ok
}

// recursiveFuncSpec writes the declaration of a recursive function type as
// an alias of any.
func (r *rewriter) recursiveFuncSpec(ts *ast.TypeSpec) {
	obj, ok := r.info.Defs[ts.Name].(*types.TypeName)
	if !ok || ts.Assign.IsValid() || r.off(ts.Type.Pos()) < 0 || r.off(ts.Type.End()) < 0 {
		return
	}
	if _, ok := recursiveFunc(obj.Type()); !ok {
		return
	}
	if obj.Parent() == r.pkg.Scope() {
		r.ed.replace(r.off(ts.Type.Pos()), r.off(ts.Type.End()), "= any")
		return
	}
	// (The interpreter declares no alias in a function.)
	r.ed.replace(r.off(ts.Type.Pos()), r.off(ts.Type.End()), "interface{}")
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
	// A value made before a type of its signature got a new version is
	// converted to the new one.
	r.ed.insertLast(r.off(e.Pos()), "func(__gk_rf any) "+ss+" { if f, ok := __gk_rf.("+ss+"); ok { return f }; "+
		"f, _ := "+rtName+".AdaptFunc(__gk_rf, (*"+ss+")(nil)).("+ss+"); return f }(")
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
		// (One value: parallelAssign rewrites several.)
		if n.Tok.String() != "=" || len(n.Lhs) != 1 || len(n.Rhs) != 1 {
			return
		}
		for i, e := range n.Rhs {
			r.recursiveFuncValue(e, r.info.TypeOf(n.Lhs[i]))
			r.intoRecursiveFunc(e, r.info.TypeOf(n.Lhs[i]))
		}
	case *ast.ValueSpec:
		if n.Type == nil || len(n.Names) != 1 || len(n.Values) != 1 {
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

// recursiveFuncAssert writes an assertion to a recursive function type as
// one to its signature (the values the interpreter holds), reporting
// whether it did.
func (r *rewriter) recursiveFuncAssert(ta *ast.TypeAssertExpr, at, xt types.Type, commaOk bool) bool {
	sig, ok := recursiveFunc(at)
	if !ok || r.off(ta.Pos()) < 0 || r.off(ta.End()) < 0 {
		return false
	}
	ss, ts, xs := r.typeString(sig), r.typeString(at), r.typeString(xt)
	if commaOk {
		r.wrapAssert(ta, "func(__gk_x "+xs+") ("+ts+", bool) { f, ok := __gk_x.("+ss+"); if !ok { return nil, false }; return f, true }(")
	} else {
		r.wrapAssert(ta, "func(__gk_x "+xs+") "+ts+" { return __gk_x.("+ss+") }(")
	}
	r.normOperand(ta.X)
	return true
}

// recursiveFuncConstraints reports the type parameters of the cell
// constrained to a function type that mentions them (S ~func(*lexer) S),
// which the interpreter cannot call.
func (c *Compiler) recursiveFuncConstraints(ck *checked) ErrorList {
	var errs ErrorList
	ast.Inspect(ck.cell, func(n ast.Node) bool {
		fl, ok := n.(*ast.FieldList)
		if !ok {
			return true
		}
		for _, f := range fl.List {
			for _, id := range f.Names {
				tn, ok := ck.info.Defs[id].(*types.TypeName)
				if !ok {
					continue
				}
				tp, ok := tn.Type().(*types.TypeParam)
				if !ok || !recursiveConstraint(tp) {
					continue
				}
				errs = append(errs, &CheckError{Pos: c.fset.Position(id.Pos()),
					Msg: fmt.Sprintf("type parameter %s constrained to a function type that mentions %s is not supported by the interpreter; "+
						"take a named function type instead (type stateFn func(…) stateFn)", id.Name, id.Name)})
			}
		}
		return true
	})
	return errs
}

// recursiveConstraint reports a type parameter whose constraint's core
// type is a function type mentioning it.
func recursiveConstraint(tp *types.TypeParam) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for i := range iface.NumEmbeddeds() {
		u, ok := iface.EmbeddedType(i).(*types.Union)
		if !ok || u.Len() != 1 {
			continue
		}
		if sig, ok := u.Term(0).Type().Underlying().(*types.Signature); ok && mentionsParam(sig, tp) {
			return true
		}
	}
	return false
}

// mentionsParam reports whether t refers to the type parameter tp.
func mentionsParam(t types.Type, tp *types.TypeParam) bool {
	return anyPart(t, map[types.Type]bool{}, func(t types.Type) bool { return t == types.Type(tp) })
}

// recursiveFuncMethods reports the methods the cell declares on a
// recursive function type: the interpreter's alias of any cannot have
// them.
func (c *Compiler) recursiveFuncMethods(u *unit, ck *checked) ErrorList {
	var errs ErrorList
	for _, d := range u.decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		rt := ck.info.TypeOf(fd.Recv.List[0].Type)
		if p, ok := rt.(*types.Pointer); ok {
			rt = p.Elem()
		}
		if rt != nil && !hasTypeParam(rt) {
			if _, ok := recursiveFunc(rt); ok {
				errs = append(errs, &CheckError{Pos: c.fset.Position(fd.Pos()),
					Msg: fmt.Sprintf("methods of the recursive function type %s are not supported by the interpreter; "+
						"declare %s as a function taking the value", types.TypeString(rt, types.RelativeTo(ck.pkg)), fd.Name.Name)})
			}
		}
	}
	return errs
}
