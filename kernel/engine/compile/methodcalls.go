package compile

import (
	"go/ast"
	"go/types"
)

// Method calls the interpreter runs slowly: x.M(a) of a method declared
// by the session on a named type costs it three times the call of a
// function, and the method expression T.M(x, a) costs what the function
// does. A call whose receiver's static type is that type (or a pointer to
// it) is written as the method expression's call:
//
//	b.Get(x, y)  →  (*Board).Get(b, x, y)    (b a *Board, or &b for an addressable Board)
//	t.Total()    →  Acc.Total(t)             (*t for a *Acc)

// noExprMethods are the methods left as calls (other rules rewrite their
// calls, or compiled code calls them by name).
var noExprMethods = map[string]bool{
	"Error": true, "String": true, "Format": true, "GoString": true, "Unwrap": true, "Is": true, "As": true,
	"MarshalJSON": true, "UnmarshalJSON": true, "MarshalText": true, "UnmarshalText": true, "LogValue": true,
}

// staticMethodCall writes call as a call of its method expression when it
// calls a method of the session's non-generic named type on a value or
// pointer of that type (see above).
func (r *rewriter) staticMethodCall(call *ast.CallExpr) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || r.off(sel.X.Pos()) < 0 || r.off(sel.X.End()) < 0 || r.off(call.Lparen) < 0 {
		return
	}
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 || noExprMethods[sel.Sel.Name] {
		return
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() != r.pkg {
		return
	}
	sig := fn.Type().(*types.Signature)
	recvPtr := false
	if sig.Recv() != nil {
		_, recvPtr = sig.Recv().Type().(*types.Pointer)
	}
	xt := r.info.TypeOf(sel.X)
	xPtr := false
	if p, ok := xt.(*types.Pointer); ok {
		xt, xPtr = p.Elem(), true
	}
	named, ok := xt.(*types.Named)
	if !ok || named.Obj().Pkg() != r.pkg || named.Obj().Parent() != r.pkg.Scope() || named.TypeParams().Len() > 0 ||
		named.TypeArgs().Len() > 0 || types.IsInterface(named) {
		return
	}
	if len(call.Args) == 1 && !call.Ellipsis.IsValid() {
		if _, tuple := r.info.TypeOf(call.Args[0]).(*types.Tuple); tuple {
			return // T.M(x, g()) is no Go
		}
	}
	if r.inDeferredFun(call) {
		return // defer b.With("x").Print(): the interpreter wants it as it is
	}
	if r.shadowedType(named, call) {
		return // the type's name is taken here (server := &server{})
	}
	ts := r.typeString(named)
	head, recv := ts+"."+sel.Sel.Name+"(", ""
	switch {
	case recvPtr && !xPtr:
		if !r.addressable(sel.X) {
			return
		}
		recv = "&"
	case !recvPtr && xPtr:
		recv = "*"
	}
	if recvPtr {
		head = "(*" + ts + ")." + sel.Sel.Name + "("
	}
	sep := ""
	if len(call.Args) > 0 {
		sep = ", "
	}
	r.ed.insert(r.off(sel.X.Pos()), head+recv)
	r.ed.replace(r.off(sel.X.End()), r.off(call.Lparen)+1, sep)
}

// inDeferredFun reports a call inside the function part of a deferred or
// started call (defer b.With("x").Print()).
func (r *rewriter) inDeferredFun(call *ast.CallExpr) bool {
	r.makeParents()
	for p := r.parents[call]; p != nil; p = r.parents[p] {
		var c *ast.CallExpr
		switch p := p.(type) {
		case *ast.DeferStmt:
			c = p.Call
		case *ast.GoStmt:
			c = p.Call
		case *ast.FuncLit, *ast.BlockStmt:
			return false
		default:
			continue
		}
		return call != c && call.Pos() >= c.Fun.Pos() && call.End() <= c.Fun.End()
	}
	return false
}

// addressable reports an operand whose address the interpreter takes:
// a variable, a field of one, an element of a slice or an array variable
// (not of a pointer to an array: "cannot take address").
func (r *rewriter) addressable(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		s := r.info.Selections[e]
		return s != nil && s.Kind() == types.FieldVal && (isPointer(r.info.TypeOf(e.X)) || r.addressable(e.X))
	case *ast.IndexExpr:
		switch r.typeOf(e.X).(type) {
		case *types.Slice:
			return true
		case *types.Array:
			return r.addressable(e.X)
		}
	}
	return false
}

// scopeOf returns the innermost scope n is in (nil at the package level).
func (r *rewriter) scopeOf(n ast.Node) *types.Scope {
	r.makeParents()
	for p := r.parents[n]; p != nil; p = r.parents[p] {
		if sc := r.info.Scopes[p]; sc != nil {
			return sc
		}
		switch f := p.(type) {
		case *ast.FuncDecl:
			return r.info.Scopes[f.Type]
		case *ast.FuncLit:
			return r.info.Scopes[f.Type]
		}
	}
	return nil
}

// shadowedType reports whether the name of the package-level type n
// names something else where node is (T := T{}).
func (r *rewriter) shadowedType(n *types.Named, node ast.Node) bool {
	if sc := r.scopeOf(node); sc != nil {
		_, obj := sc.LookupParent(n.Obj().Name(), node.Pos())
		return obj != n.Obj()
	}
	return false
}
