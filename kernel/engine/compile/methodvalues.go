package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// Method values, bound when they are made.

// methodValue binds the receiver of a method value of a cell type when
// the value is made, as Go does (the interpreter binds the variable, and
// method values made in a loop all end up on its last value):
//
//	w.Run  →  func(__gk_r *W) func(chan<- int) { return __gk_r.Run }(w)
func (r *rewriter) methodValue(sel *ast.SelectorExpr) bool {
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() != r.pkg {
		return false
	}
	xt := r.info.Types[sel.X].Type
	mt := r.info.Types[sel].Type
	if xt == nil || mt == nil || r.off(sel.Pos()) < 0 || r.off(sel.End()) < 0 {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv().Type()
	_, recvPtr := recv.(*types.Pointer)
	_, xPtr := xt.Underlying().(*types.Pointer)
	arg := r.receiverText(sel.X)
	pt := xt
	path, last, promoted := "", types.Type(nil), false
	if len(s.Index()) > 1 {
		path, last, promoted = r.embeddedField(sel)
	}
	_, lastPtr := last.(*types.Pointer)
	switch {
	case types.IsInterface(xt):
	case recvPtr && promoted && lastPtr:
		// Promoted through an embedded pointer: the pointer it holds now.
		pt, arg = recv, "("+arg+path+")"
	case recvPtr && !xPtr && r.isLoopVar(sel.X):
		// A variable of each iteration (Go 1.22): the interpreter shares
		// one among iterations, so the receiver is a copy made now.
		pt = types.NewPointer(xt)
		arg = "func(v " + r.typeString(xt) + ") *" + r.typeString(xt) + " { return &v }(" + arg + ")"
	case recvPtr && !xPtr:
		pt = types.NewPointer(xt)
		arg = "&(" + arg + ")"
	case !recvPtr && xPtr && len(s.Index()) == 1:
		// A value receiver copies the value when the method value is made.
		pt = recv
		arg = "*(" + arg + ")"
	case !recvPtr && len(s.Index()) > 1:
		// Promoted through an embedded pointer: the value it points to
		// is copied now (Go panics here on a nil one). Otherwise the
		// embedded value (or interface) itself is copied now, also when
		// it is reached through an embedded pointer (Outer{*Mid{Inner}}).
		if promoted && lastPtr {
			pt, arg = recv, "*("+arg+path+")"
		} else if promoted {
			pt, arg = recv, "("+arg+path+")"
		}
	}
	v := r.uniq("mr")
	r.ed.replaceOuter(r.off(sel.Pos()), r.off(sel.End()),
		"func("+v+" "+r.typeString(pt)+") "+r.typeString(mt)+" { return "+v+"."+sel.Sel.Name+" }("+arg+")")
	return true
}

// receiverText walks x, a method value's receiver, and returns its text
// with its rewrites, not those of what encloses it. The rewrites of an
// assertion's operand start where x starts (a.(Dir).String →
// __gk.UntagExact(a, "main.Dir").(Dir)): they go into the text, and out
// of the edits, which would put them around the method value.
func (r *rewriter) receiverText(x ast.Expr) string {
	n0 := len(r.ed.list)
	r.walk(x)
	if _, ok := ast.Unparen(x).(*ast.TypeAssertExpr); !ok {
		return r.innerText(x.Pos(), x.End()) // not what encloses sel
	}
	a, b := r.off(x.Pos()), r.off(x.End())
	var inner, kept edits
	for i, e := range r.ed.list {
		boundary := e.start == e.end && (e.start == a || e.start == b)
		if boundary && i >= n0 {
			inner.list = append(inner.list, e) // x's own, at its ends
			continue
		}
		kept.list = append(kept.list, e)
		if !boundary {
			inner.list = append(inner.list, e)
		}
	}
	r.ed.list = kept.list
	return inner.apply(r.cell.Src, a, b)
}

// isLoopVar reports a variable a for or range statement declares.
func (r *rewriter) isLoopVar(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := r.info.Uses[id].(*types.Var)
	return ok && r.loopVarObjs[v]
}

// ifaceMethodValue writes a method value of a compiled interface's or
// type's method (read := r.Read, r an io.Reader) as a function literal
// calling the method: the interpreter's method value takes the receiver
// as one more argument ("too many arguments").
//
//	r.Read  →  func(__gk_mr io.Reader) func([]byte) (int, error) { return func(a0 []byte) (int, error) { return __gk_mr.Read(a0) } }(r)
func (r *rewriter) ifaceMethodValue(sel *ast.SelectorExpr) bool {
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || s.Obj().Pkg() == r.pkg {
		return false
	}
	xt := r.info.Types[sel.X].Type
	sig, ok := r.info.Types[sel].Type.(*types.Signature)
	if xt == nil || !ok || hasTypeParam(xt) || r.off(sel.Pos()) < 0 || r.off(sel.End()) < 0 {
		return false
	}
	amp := ""
	if !types.IsInterface(xt) {
		if r.called(sel) {
			return false // (a call of go or defer)
		}
		// A compiled type's method (f := sb.WriteString, sb from
		// new(strings.Builder)): the interpreter takes some of those
		// for method expressions. The receiver is bound the same way.
		recv := s.Obj().Type().(*types.Signature).Recv().Type()
		base := recv
		if p, ok := recv.(*types.Pointer); ok {
			base = p.Elem()
		}
		if n, ok := types.Unalias(base).(*types.Named); !ok || !n.Obj().Exported() || len(s.Index()) != 1 {
			return false
		}
		if isPointer(recv) && !isPointer(xt) {
			amp = "&"
		}
		xt = recv
	}
	arg := r.receiverText(sel.X)
	v := r.uniq("mr")
	r.ed.replaceOuter(r.off(sel.Pos()), r.off(sel.End()),
		"func("+v+" "+r.typeString(xt)+") "+r.typeString(sig)+" { return "+r.forwarder(sig, "a", v+"."+sel.Sel.Name)+
			" }("+amp+arg+")")
	return true
}

// forwarder writes a function literal of signature sig that calls fn with
// its parameters (named prefix0, prefix1, …) and returns what fn returns.
func (r *rewriter) forwarder(sig *types.Signature, prefix, fn string) string {
	var params, args []string
	for i := 0; i < sig.Params().Len(); i++ {
		p := prefix + itoa(i)
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			params = append(params, p+" ..."+r.typeString(t.(*types.Slice).Elem()))
			args = append(args, p+"...")
			continue
		}
		params = append(params, p+" "+r.typeString(t))
		args = append(args, p)
	}
	call := fn + "(" + strings.Join(args, ", ") + ")"
	if sig.Results().Len() == 1 {
		if t := sig.Results().At(0).Type(); isFuncType(t) {
			// See returnedStdCalls.
			return "func(" + strings.Join(params, ", ") + ") (" + prefix + "r " + r.typeString(t) + ") { " + prefix + "r = " + call + "; return }"
		}
	}
	if sig.Results().Len() > 0 {
		call = "return " + call
	}
	return "func(" + strings.Join(params, ", ") + ") " + r.resultList(sig) + " { " + call + " }"
}

// isFuncType reports a function type.
func isFuncType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// resultList writes the results of sig as a function literal declares
// them: "", "T" or "(A, B)".
func (r *rewriter) resultList(sig *types.Signature) string {
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		results = append(results, r.typeString(sig.Results().At(i).Type()))
	}
	res := strings.Join(results, ", ")
	if len(results) > 1 {
		res = "(" + res + ")"
	}
	return res
}

// returnedFuncs converts a declared function returned as a value (return
// dbl, return cmp.Compare, return Double[string]) to its function type:
// the interpreter fails to return the declaration itself ("reflect.Set:
// value of type *interp.node is not assignable to type func(string)
// string").
func (r *rewriter) returnedFuncs(ret *ast.ReturnStmt) {
	for _, e := range ret.Results {
		x := ast.Unparen(e)
		if ix, ok := x.(*ast.IndexExpr); ok {
			x = ix.X // an explicit instance
		} else if ix, ok := x.(*ast.IndexListExpr); ok {
			x = ix.X
		}
		var id *ast.Ident
		switch x := x.(type) {
		case *ast.Ident:
			id = x
		case *ast.SelectorExpr:
			id = x.Sel
		}
		if id == nil {
			continue
		}
		fn, ok := r.info.Uses[id].(*types.Func)
		if !ok || fn.Type().(*types.Signature).Recv() != nil {
			continue
		}
		sig, ok := r.info.TypeOf(e).(*types.Signature)
		if !ok || hasTypeParam(sig) && r.subst == nil || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
			continue
		}
		r.ed.insertLast(r.off(e.Pos()), "("+r.typeString(unnamedSig(sig))+")(")
		r.ed.insertFirst(r.off(e.End()), ")")
	}
}
