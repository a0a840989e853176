package compile

import (
	"go/ast"
	"go/token"
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
	r.walk(sel.X)
	arg := r.innerText(sel.X.Pos(), sel.X.End()) // not what encloses sel
	pt := xt
	switch {
	case types.IsInterface(xt):
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
		// is copied now (Go panics here on a nil one).
		if path, last, ok := r.embeddedField(sel); ok {
			if _, isPtr := last.(*types.Pointer); isPtr {
				pt, arg = recv, "*("+arg+path+")"
			}
		}
	}
	v := r.uniq("mr")
	r.ed.replaceOuter(r.off(sel.Pos()), r.off(sel.End()),
		"func("+v+" "+r.typeString(pt)+") "+r.typeString(mt)+" { return "+v+"."+sel.Sel.Name+" }("+arg+")")
	return true
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
	r.walk(sel.X)
	v := r.uniq("mr")
	r.ed.replaceOuter(r.off(sel.Pos()), r.off(sel.End()),
		"func("+v+" "+r.typeString(xt)+") "+r.typeString(sig)+" { return "+r.forwarder(sig, "a", v+"."+sel.Sel.Name)+
			" }("+amp+r.innerText(sel.X.Pos(), sel.X.End())+")")
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

// returnedStdCalls writes a call of a generic function of the standard
// library returning a function (maps.Keys, slices.Values) that a return
// statement returns as the result of a function literal assigning it: the
// interpreter's instance breaks the function's later calls otherwise
// ("reflect.Set: value of type func(func(string) bool) is not assignable
// to type interp.generic").
//
//	return maps.Keys(m)  →  return func() (r iter.Seq[string]) { r = maps.Keys(m); return }()
func (r *rewriter) returnedStdCalls(ret *ast.ReturnStmt) {
	for _, e := range ret.Results {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
			continue
		}
		fn := r.calledFunc(call.Fun)
		if fn == nil || fn.Pkg() == nil || fn.Pkg() == r.pkg || fn.Type().(*types.Signature).TypeParams().Len() == 0 {
			continue
		}
		t := r.info.TypeOf(e)
		if !isFuncType(t) || hasTypeParam(t) && r.subst == nil {
			continue
		}
		v := r.uniq("ret")
		r.ed.insertLast(r.off(e.Pos()), "func() ("+v+" "+r.typeString(t)+") { "+v+" = ")
		r.ed.insertFirst(r.off(e.End()), "; return }()")
	}
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

// callsFirst writes a return statement that reads a variable before a
// call in its results (return v, json.Unmarshal(b, &v)) so that the
// calls are made first: the order is unspecified in Go, but gc makes
// every call of the list before it reads the other operands, and
// programs rely on it (the interpreter goes from left to right). The
// reads become functions called after the list:
//
//	return v, json.Unmarshal(b, &v)
//	→  { __gk_rc1, __gk_rc2 := func() (func() T, error) { return func() T { return v }, json.Unmarshal(b, &v) }(); return __gk_rc1(), __gk_rc2 }
func (r *rewriter) callsFirst(ret *ast.ReturnStmt) {
	if len(ret.Results) < 2 || r.off(ret.Pos()) < 0 || r.off(ret.End()) < 0 {
		return
	}
	read, late := false, false // a read, a call after a read
	for _, e := range ret.Results {
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && r.madeCall(call) {
			late = late || read
		} else if r.info.Types[e].Value == nil && r.readsVar(e) {
			read = true
		}
	}
	if !late {
		return
	}
	lit, fd := r.enclosingFunc(ret)
	var sig *types.Signature
	if lit != nil {
		sig, _ = r.info.TypeOf(lit).(*types.Signature)
	} else if fd != nil {
		if fn, ok := r.info.Defs[fd.Name].(*types.Func); ok {
			sig, _ = fn.Type().(*types.Signature)
		}
	}
	if sig == nil || sig.Results().Len() != len(ret.Results) {
		return
	}
	var vars, results, uses []string
	for i, e := range ret.Results {
		v := r.uniq("rc")
		ts := r.typeString(sig.Results().At(i).Type())
		vars = append(vars, v)
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && r.madeCall(call) || r.info.Types[e].Value != nil || !r.readsVar(e) {
			results, uses = append(results, ts), append(uses, v)
			continue
		}
		results, uses = append(results, "func() "+ts), append(uses, v+"()")
		r.ed.insertFirst(r.off(e.Pos()), "func() "+ts+" { return ")
		r.ed.insertLast(r.off(e.End()), " }")
	}
	r.ed.insert(r.off(ret.Pos()), "{ "+strings.Join(vars, ", ")+" := func() ("+strings.Join(results, ", ")+") { ")
	r.ed.insertLast(r.off(ret.End()), " }(); return "+strings.Join(uses, ", ")+" }")
}

// madeCall reports a call of a function or method (not a conversion or
// a builtin).
func (r *rewriter) madeCall(call *ast.CallExpr) bool {
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() {
		return false
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, builtin := r.info.Uses[id].(*types.Builtin); builtin {
			return false
		}
	}
	_, tuple := r.info.TypeOf(call).(*types.Tuple)
	return !tuple
}

// readsVar reports an expression without calls that reads a variable a
// call might change: a package variable, a local one whose address is
// taken or that a closure uses, or anything through a selector, an index
// or a pointer.
func (r *rewriter) readsVar(e ast.Expr) bool {
	reads, calls := false, false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			calls = true
			return false
		case *ast.SelectorExpr:
			if _, isVar := r.info.Uses[n.Sel].(*types.Var); isVar {
				reads = true // a field
			}
		case *ast.IndexExpr, *ast.StarExpr:
			reads = true
		case *ast.Ident:
			if v, ok := r.info.Uses[n].(*types.Var); ok && (v.Parent() == r.pkg.Scope() || r.sharedLocal(n, v)) {
				reads = true
			}
		}
		return true
	})
	return reads && !calls
}

// sharedLocal reports a local variable (used at id) whose address the
// enclosing function takes or that one of its closures uses.
func (r *rewriter) sharedLocal(id *ast.Ident, v *types.Var) bool {
	lit, fd := r.enclosingFunc(id)
	var body *ast.BlockStmt
	switch {
	case lit != nil:
		body = lit.Body
	case fd != nil:
		body = fd.Body
	default:
		return true
	}
	shared := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && r.info.Uses[x] == v {
				shared = true
			}
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if x, ok := m.(*ast.Ident); ok && r.info.Uses[x] == v {
					shared = true
				}
				return !shared
			})
			return false
		}
		return !shared
	})
	return shared
}
