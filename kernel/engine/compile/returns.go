package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Return statements the interpreter runs differently from gc unless
// written otherwise (see also returnedFuncs and copyReturned).

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
		head, tail := assignedResult(r.uniq("ret"), r.typeString(t))
		r.ed.insertLast(r.off(e.Pos()), head)
		r.ed.insertFirst(r.off(e.End()), tail)
	}
}

// assignedResult returns the text around an expression that makes it the
// result of a function literal called at once, assigned to the named
// result v of type ts (not returned: see returnedStdCalls).
func assignedResult(v, ts string) (head, tail string) {
	return "func() (" + v + " " + ts + ") { " + v + " = ", "; return }()"
}

// returnedValueCalls converts to the function's result type a returned
// call of a function value (not of a declared function) whose result is a
// function: the interpreter fails on it otherwise (return h.f() with f a
// field of type func() Func: "CFG post-order panic", or a nil function
// called later).
//
//	return h.f()  →  return Func(h.f())
func (r *rewriter) returnedValueCalls(ret *ast.ReturnStmt) {
	sig := r.resultSig(ret)
	if sig == nil || sig.Results().Len() != len(ret.Results) {
		return
	}
	for i, e := range ret.Results {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || !r.madeCall(call) || r.calledFunc(call.Fun) != nil || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
			continue
		}
		t := sig.Results().At(i).Type()
		if !isFuncType(t) || !isFuncType(r.info.TypeOf(e)) || hasTypeParam(t) && r.subst == nil {
			continue
		}
		ts := r.typeString(t)
		if _, named := types.Unalias(t).(*types.Named); !named {
			ts = "(" + ts + ")" // (the interpreter fails on (Func)(x))
		}
		r.ed.insert(r.off(e.Pos()), ts+"(")
		r.ed.insert(r.off(e.End()), ")")
	}
}

// resultSig returns the signature of the function a return statement
// returns from.
func (r *rewriter) resultSig(ret *ast.ReturnStmt) *types.Signature {
	lit, fd := r.enclosingFunc(ret)
	if lit != nil {
		sig, _ := r.info.TypeOf(lit).(*types.Signature)
		return sig
	}
	if fd != nil {
		if fn, ok := r.info.Defs[fd.Name].(*types.Func); ok {
			sig, _ := fn.Type().(*types.Signature)
			return sig
		}
	}
	return nil
}

// callsFirst writes a return statement that reads a variable before a
// call in its results (return v, json.Unmarshal(b, &v)) so that the
// calls are made first: the order is unspecified in Go, but gc makes
// every call of the list (that it does not inline) before it reads the
// other operands, and programs rely on it (the interpreter reads some
// operands first). The reads become functions called after the list:
//
//	return v, json.Unmarshal(b, &v)
//	→  { __gk_rc1, __gk_rc2 := func() (func() T, error) { return func() T { return v }, json.Unmarshal(b, &v) }(); return __gk_rc1(), __gk_rc2 }
//
// As gc, len and cap are taken where they stand (see readsVar). It
// reports whether it did.
func (r *rewriter) callsFirst(ret *ast.ReturnStmt) bool {
	if len(ret.Results) < 2 || r.off(ret.Pos()) < 0 || r.off(ret.End()) < 0 || r.inMovedLoop(ret) || r.chainedReturns[ret] {
		return false
	}
	sig := r.resultSig(ret)
	if sig == nil || sig.Results().Len() != len(ret.Results) {
		return false
	}
	var isCall func(e ast.Expr) bool
	isCall = func(e ast.Expr) bool {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if ok && len(call.Args) == 1 && r.info.Types[call.Fun].IsType() {
			return isCall(call.Args[0]) // a conversion of a call's result: int(f())
		}
		return ok && r.madeCall(call)
	}
	isRead := func(e ast.Expr) bool {
		return !isCall(e) && r.info.Types[e].Value == nil && r.readsVar(e)
	}
	read, need := false, false // a read, a call after it
	for _, e := range ret.Results {
		if isCall(e) {
			need = need || read
		} else if isRead(e) {
			read = true
		}
	}
	if !need {
		return false
	}
	var vars, results, uses []string
	for i, e := range ret.Results {
		v := r.uniq("rc")
		ts := r.typeString(sig.Results().At(i).Type())
		vars = append(vars, v)
		if !isRead(e) {
			results, uses = append(results, ts), append(uses, v)
			continue
		}
		results, uses = append(results, "func() "+ts), append(uses, v+"()")
		r.ed.insertFirst(r.off(e.Pos()), "func() "+ts+" { return ")
		r.ed.insertLast(r.off(e.End()), " }")
	}
	r.ed.insert(r.off(ret.Pos()), "{ "+strings.Join(vars, ", ")+" := func() ("+strings.Join(results, ", ")+") { ")
	r.ed.insertLast(r.off(ret.End()), " }(); return "+strings.Join(uses, ", ")+" }")
	return true
}

// inMovedLoop reports a statement in the body of a loop that rangeFuncs
// moves into a function literal (its returns are written there).
func (r *rewriter) inMovedLoop(st ast.Stmt) bool {
	for loop, body := range r.loopsAround(st) {
		label := ""
		if ls, ok := r.parents[loop].(*ast.LabeledStmt); ok {
			label = ls.Label.Name
		}
		if r.bodyMoved(loop, body, label) {
			return true
		}
	}
	return false
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
		case *ast.CallExpr:
			if tv, ok := r.info.Types[n.Fun]; ok && tv.IsType() {
				return true // a conversion reads its operand
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && (id.Name == "len" || id.Name == "cap") {
				if _, builtin := r.info.Uses[id].(*types.Builtin); builtin {
					return false // taken where it stands, as gc does
				}
			}
			calls = true
			return false
		case *ast.FuncLit:
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
		case *ast.SelectorExpr:
			// v.Grow() of a method with a pointer receiver takes &v.
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && r.info.Uses[x] == v {
				if sel := r.info.Selections[n]; sel != nil && sel.Kind() != types.FieldVal && !isPointer(v.Type()) {
					if sig, ok := sel.Obj().Type().(*types.Signature); ok && sig.Recv() != nil && isPointer(sig.Recv().Type()) {
						shared = true
					}
				}
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

// anyResults spells the results of a function written interface{} as
// any: the interpreter drops the later results of "return g()" from such
// a function (func() (interface{}, int) { return two() } returned x, 0),
// not from one whose results are written any.
func (r *rewriter) anyResults(ft *ast.FuncType) {
	if ft == nil || ft.Results == nil || r.pkg == nil {
		return
	}
	if inner := r.pkg.Scope().Innermost(ft.Pos()); inner != nil {
		if _, obj := inner.LookupParent("any", ft.Pos()); obj != types.Universe.Lookup("any") {
			return // any means something else here
		}
	}
	for _, f := range ft.Results.List {
		it, ok := f.Type.(*ast.InterfaceType)
		if !ok || it.Methods == nil || len(it.Methods.List) > 0 || r.off(it.Pos()) < 0 || r.off(it.End()) < 0 {
			continue
		}
		if strings.Contains(r.cell.Src[r.off(it.Pos()):r.off(it.End())], "\n") {
			continue // (lines keep their numbers)
		}
		r.ed.replace(r.off(it.Pos()), r.off(it.End()), "any")
	}
}

// ifaceResultTemps writes the results of a return statement of a function
// with a result of an interface type of the cells and another result
// that is an operation (return A{}, "started " + cmd) as variables of a
// function literal returned at once: the interpreter stores the
// operation's value in the wrong result ("reflect.Set: value of type
// interp.valueInterface is not assignable to type string").
//
//	return A{}, "one" + v  →  return func() (I, string) { var __gk_t1 I = A{}; var __gk_t2 string = "one" + v; return __gk_t1, __gk_t2 }()
func (r *rewriter) ifaceResultTemps(ret *ast.ReturnStmt) {
	if len(ret.Results) < 2 || r.off(ret.Results[0].Pos()) < 0 || r.off(ret.End()) < 0 || r.inMovedLoop(ret) {
		return // (in a loop body moved into a function, each result is assigned: rangeFuncWalk.ret)
	}
	sig := r.resultSig(ret)
	if sig == nil || sig.Results().Len() != len(ret.Results) {
		return
	}
	iface, op := false, false
	rts := make([]types.Type, len(ret.Results))
	for i, e := range ret.Results {
		t := sig.Results().At(i).Type()
		if hasTypeParam(t) {
			// In an instance, of the type argument (G[Shape]'s T).
			if t = r.concrete(t); t == nil || hasTypeParam(t) {
				return
			}
		}
		rts[i] = t
		if types.IsInterface(t) && !compiledIface(t, r.pkg) && !emptyIface(t) {
			iface = true
		} else if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && r.info.Types[b].Value == nil {
			op = true
		}
	}
	if !iface || !op {
		return
	}
	var ts, vs []string
	for _, t := range rts {
		ts = append(ts, r.typeString(t))
		vs = append(vs, r.uniq("t"))
	}
	for i, e := range ret.Results {
		if r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
			return
		}
		if i > 0 && r.ed.touches(r.off(ret.Results[i-1].End())+1, r.off(e.Pos())-1) {
			return // (the text between two results is another rule's)
		}
	}
	r.ed.insertFirst(r.off(ret.Results[0].Pos()), "func() ("+strings.Join(ts, ", ")+") { var "+vs[0]+" "+ts[0]+" = ")
	for i := 1; i < len(ret.Results); i++ {
		r.ed.replace(r.off(ret.Results[i-1].End()), r.off(ret.Results[i].Pos()), "; var "+vs[i]+" "+ts[i]+" = ")
	}
	r.ed.insertFinal(r.off(ret.End()), "; return "+strings.Join(vs, ", ")+" }()")
}
