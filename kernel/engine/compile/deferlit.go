package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// deferLit rewrites a deferred function literal so that what Go fixes at
// the defer statement is fixed there: its arguments, and the variables of
// enclosing loops it uses (the interpreter evaluates a deferred call's
// arguments when it runs, its deferred closures all see a loop's last
// iteration, and deferring a literal with arguments in a loop deadlocks
// it):
//
//	defer func(n int) { use(n, j) }(i)
//	→ __gk_d1 := func(n int, j int) func() { return func() { use(n, j) } }(i, j); defer __gk_d1()
//
// A literal that calls recover stays as it is: recover only works in the
// literal deferred itself.
func (r *rewriter) deferLit(d *ast.DeferStmt) bool {
	lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	if !ok || lit.Type.Results.NumFields() > 0 || d.Call.Ellipsis.IsValid() || r.callsRecover(lit.Body) {
		return false
	}
	caps := r.loopCaptures(d, lit)
	if len(d.Call.Args) == 0 && len(caps) == 0 {
		return false
	}
	if r.off(d.Defer) < 0 || r.off(lit.Body.Lbrace) < 0 || r.off(d.Call.Rparen) < 0 {
		return false
	}
	var params, args []string
	for _, v := range caps {
		params = append(params, r.varName(v)+" "+r.typeString(v.Type()))
		args = append(args, r.varName(v))
	}
	variadic := false
	if sig, ok := r.info.TypeOf(lit).(*types.Signature); ok {
		variadic = sig.Variadic()
	}
	if len(params) > 0 {
		switch {
		case variadic:
			// The captured variables go first: ... ends the list.
			r.ed.insert(r.off(lit.Type.Params.Opening)+1, strings.Join(params, ", ")+", ")
		case lit.Type.Params.NumFields() > 0:
			r.ed.insert(r.off(lit.Type.Params.Closing), ", "+strings.Join(params, ", "))
		default:
			r.ed.insert(r.off(lit.Type.Params.Closing), strings.Join(params, ", "))
		}
	}
	name := r.uniq("d")
	if r.calledAtDefer == nil {
		r.calledAtDefer = map[*ast.CallExpr]bool{}
	}
	r.calledAtDefer[d.Call] = true
	r.ed.replace(r.off(d.Defer), r.off(d.Defer)+len("defer"), name+" :=")
	r.ed.insert(r.off(lit.Body.Lbrace), "func() { return func() ")
	r.ed.insert(r.off(lit.Body.Rbrace)+1, " }")
	if len(args) > 0 {
		switch {
		case variadic:
			r.ed.insert(r.off(d.Call.Lparen)+1, strings.Join(args, ", ")+", ")
		case len(d.Call.Args) > 0:
			// After the closing of a rewrite of the last argument (a
			// literal made in a function of its own, see closureFrames).
			r.ed.insertLast(r.off(d.Call.Rparen), ", "+strings.Join(args, ", "))
		default:
			r.ed.insert(r.off(d.Call.Rparen), strings.Join(args, ", "))
		}
	}
	r.ed.insert(r.off(d.Call.Rparen)+1, "; defer "+name+"()")
	return true
}

// isPointer reports a pointer type.
func isPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// callsRecover reports a call of recover in n (outside nested function
// literals).
func (r *rewriter) callsRecover(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := r.info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// hoistRecover calls recover (with fix, see builtins.go) in a statement
// of its own before the statement it is part of, when it is not the whole
// statement or the whole value of one: other rewrites move parts of an
// assignment into function literals (s, ok = recover().(string); r, n =
// recover(), 1), where recover would no longer be called by the deferred
// function itself and would not stop the panic.
//
//	s, ok = recover().(string)  →  rec0 := __gk.FixPanic(recover()); s, ok = rec0.(string)
func (r *rewriter) hoistRecover(call *ast.CallExpr, fix string) bool {
	r.makeParents()
	var st ast.Stmt
	for n := r.parents[call]; n != nil && st == nil; n = r.parents[n] {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case ast.Stmt:
			if r.inList(n) {
				st = n
			}
		}
	}
	if st == nil || r.off(st.Pos()) < 0 || r.off(call.Pos()) < 0 || r.off(call.End()) < 0 {
		return false
	}
	whole := func(e ast.Expr) bool { return ast.Unparen(e) == call }
	switch s := st.(type) {
	case *ast.ExprStmt:
		if whole(s.X) {
			return false
		}
	case *ast.AssignStmt:
		if len(s.Lhs) == 1 && len(s.Rhs) == 1 && whole(s.Rhs[0]) {
			return false
		}
	case *ast.IfStmt:
		if as, ok := s.Init.(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 && whole(as.Rhs[0]) {
			return false
		}
	case *ast.DeferStmt, *ast.GoStmt, *ast.TypeSwitchStmt, *ast.LabeledStmt:
		return false // (a type switch's own rewrite calls it first)
	}
	v := r.uniq("rec")
	r.ed.insertFirst(r.off(st.Pos()), v+" := "+rtName+fix+"recover()); ") // (before the statement's own rewrites)
	r.ed.replace(r.off(call.Pos()), r.off(call.End()), v)
	return true
}

// loopCaptures lists the variables declared in loops around d (and
// outside lit) that lit reads and never changes, in order of first use.
func (r *rewriter) loopCaptures(d *ast.DeferStmt, lit *ast.FuncLit) []*types.Var {
	var loops []ast.Stmt
	for _, l := range r.loops {
		if l.Pos() <= d.Pos() && d.End() <= l.End() {
			loops = append(loops, l)
		}
	}
	if len(loops) == 0 {
		return nil
	}
	inLoop := func(v *types.Var) bool {
		for _, l := range loops {
			if l.Pos() <= v.Pos() && v.Pos() < l.End() {
				return true
			}
		}
		return false
	}
	return r.captures(lit, inLoop, r.changedVars(lit.Body))
}

// captures lists the variables outside lit, of the function, that lit
// reads, that want accepts and that are not in changed, in order of first
// use.
func (r *rewriter) captures(lit *ast.FuncLit, want func(*types.Var) bool, changed map[*types.Var]bool) []*types.Var {
	var out []*types.Var
	seen := map[*types.Var]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := r.info.Uses[id].(*types.Var)
		if !ok || v.IsField() || seen[v] || changed[v] || v.Parent() == nil || v.Parent() == r.pkg.Scope() {
			return true
		}
		if lit.Pos() <= v.Pos() && v.Pos() < lit.End() || !want(v) {
			return true
		}
		seen[v] = true
		out = append(out, v)
		return true
	})
	return out
}

// changedVars returns the variables code under n changes: assigned,
// incremented, whose address is taken, or whose pointer method is called
// (wg.Done()), or of which such a field or array element is (d.n++
// changes d).
func (r *rewriter) changedVars(n ast.Node) map[*types.Var]bool {
	changed := map[*types.Var]bool{}
	var mark func(e ast.Expr)
	mark = func(e ast.Expr) {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := r.info.Uses[x].(*types.Var); ok {
				changed[v] = true
			}
		case *ast.SelectorExpr:
			if s := r.info.Selections[x]; s != nil && s.Kind() == types.FieldVal && !isPointer(r.info.TypeOf(x.X)) {
				mark(x.X)
			}
		case *ast.IndexExpr:
			if _, isArray := r.typeOf(x.X).(*types.Array); isArray {
				mark(x.X)
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		for _, e := range assignedExprs(n) {
			mark(e)
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if s := r.info.Selections[n]; s != nil && s.Kind() == types.MethodVal && !isPointer(r.info.TypeOf(n.X)) {
				if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil && isPointer(sig.Recv().Type()) {
					mark(n.X)
				}
			}
		}
		return true
	})
	return changed
}

// deferFuncValue takes the value of a function variable, field or element
// deferred without arguments (or with constant ones) where the defer
// statement stands (the interpreter
// reads it when the call runs: "g := a; defer g(); g = b" called b); a
// variable given a closure that recovers is called through the
// runtime's DeferValue, so that a recover in it sees the panic (see
// engine/deferpanic.go):
//
//	defer g()  →  __gk_d1 := g; defer func() { __gk.DeferValue(recover(), __gk_d1) }()
func (r *rewriter) deferFuncValue(d *ast.DeferStmt) bool {
	fun := ast.Unparen(d.Call.Fun)
	switch f := fun.(type) {
	case *ast.Ident:
		if _, ok := r.info.Uses[f].(*types.Var); !ok {
			return false
		}
	case *ast.SelectorExpr:
		s := r.info.Selections[f]
		if s != nil && s.Kind() == types.MethodVal && len(d.Call.Args) == 0 && (r.funcRecovers(s.Obj()) || r.cellIfaceMethod(s) && !madeReceiver(f.X)) {
			break
		}
		if s == nil || s.Kind() != types.FieldVal {
			return false
		}
	case *ast.IndexExpr:
		switch r.typeOf(f.X).(type) {
		case *types.Slice, *types.Array, *types.Map, *types.Pointer:
		default:
			return false // an instance of a generic function
		}
	default:
		return false
	}
	if r.off(d.Defer) < 0 || r.off(fun.Pos()) < 0 || r.off(d.Call.Lparen) < 0 {
		return false
	}
	if r.off(d.Call.Rparen) < 0 {
		return false
	}
	name := r.uniq("d")
	r.ed.replace(r.off(d.Defer), r.off(fun.Pos()), name+" := ")
	if !r.deferredRecovers(d) {
		// Not a closure that recovers: the value deferred as it is (a
		// panic DeferValue passes on could not be recovered by the
		// function's other deferred calls).
		r.ed.insert(r.off(d.Call.Lparen), "; defer "+name)
		return true
	}
	r.ed.replace(r.off(d.Call.Lparen), r.off(d.Call.Rparen)+1, "; defer func() { "+rtName+".DeferValue(recover(), "+name+") }()")
	return true
}

// deferRecovering writes a deferred call, in a function literal (or in
// the statements deferChain moves into one), of a session function that
// recovers (defer cleanup("w") in a goroutine's literal) as a call
// through the runtime's DeferValue: the function is
// reached through the variable of its latest version there (see
// lateCall), and a recover in a function called through a variable sees
// no panic but the one DeferValue holds (its recover is FixPending's):
//
//	defer cleanup(x)  →  { d := (func(f F, a0 X) func() { return func() { f(a0) } })(__gk_lb_cleanup, x); defer func() { __gk.DeferValue(recover(), d) }() }
//
// So is a method that recovers deferred with arguments (defer
// t.catch("work")), whose call the defer statement's rewrite also moves
// into a function literal (see deferStmt).
func (r *rewriter) deferRecovering(d *ast.DeferStmt) bool {
	var fn *types.Func
	switch f := ast.Unparen(d.Call.Fun).(type) {
	case *ast.Ident:
		fn, _ = r.info.Uses[f].(*types.Func)
		if fn == nil || r.litDepth == 0 && !r.chainedValue(f) || r.lateFunc == nil || fn.Parent() != r.pkg.Scope() {
			return false
		}
	case *ast.SelectorExpr:
		s := r.info.Selections[f]
		if s == nil || s.Kind() != types.MethodVal || len(d.Call.Args) == 0 {
			return false // (without arguments: see deferFuncValue)
		}
		fn, _ = s.Obj().(*types.Func)
	}
	if fn == nil || fn.Pkg() != r.pkg || !r.funcRecovers(fn) {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.TypeParams().Len() > 0 {
		return false
	}
	name := r.uniq("d")
	r.wrapCall(d.Defer, d.Call, func(call string) string {
		return "{ " + name + " := (func(%s) func() { return func() { " + call + " } })"
	}, "; defer func() { "+rtName+".DeferValue(recover(), "+name+") }() }")
	return true
}

// recoveringLit returns the function literal calling recover that the
// function variable d defers is given in body, or nil.
func (r *rewriter) recoveringLit(d *ast.DeferStmt, body ast.Node) *ast.FuncLit {
	id, ok := ast.Unparen(d.Call.Fun).(*ast.Ident)
	if !ok || len(d.Call.Args) > 0 {
		return nil
	}
	obj, ok := r.info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	is := func(e ast.Expr) bool {
		l, ok := e.(*ast.Ident)
		return ok && (r.info.Defs[l] == obj || r.info.Uses[l] == obj)
	}
	var found *ast.FuncLit
	check := func(l, v ast.Expr) {
		if lit, ok := v.(*ast.FuncLit); ok && found == nil && is(l) && r.callsRecover(lit.Body) {
			found = lit
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					check(l, n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			for i, l := range n.Names {
				if i < len(n.Values) {
					check(l, n.Values[i])
				}
			}
		}
		return found == nil
	})
	return found
}

// hasDefer reports a defer statement in body (not in function literals).
func hasDefer(body *ast.BlockStmt) bool {
	return outsideLits(body, func(n ast.Node) bool { _, ok := n.(*ast.DeferStmt); return ok })
}

// deferredRecovers reports a deferred call of a closure given to a
// variable that recovers (see recoveringLit), or of a method of the
// session that recovers.
func (r *rewriter) deferredRecovers(d *ast.DeferStmt) bool {
	if len(d.Call.Args) > 0 {
		return false
	}
	switch f := ast.Unparen(d.Call.Fun).(type) {
	case *ast.Ident:
		return r.pendingLits[r.pendingOf[f]] || r.pkgFuncVar(f)
	case *ast.SelectorExpr:
		s := r.info.Selections[f]
		return s != nil && s.Kind() == types.MethodVal && (r.funcRecovers(s.Obj()) || r.cellIfaceMethod(s))
	}
	return false
}

// cellIfaceMethod reports a method of an interface of the cells, which
// the value it holds may implement with a method that recovers (defer
// g.Recover() of a Recoverer).
func (r *rewriter) cellIfaceMethod(s *types.Selection) bool {
	n, ok := types.Unalias(s.Recv()).(*types.Named)
	return ok && n.Obj().Pkg() == r.pkg && types.IsInterface(n)
}

// pkgFuncVar reports a package-level variable of a function type (catch
// := func() { recover() } at a cell's top level): the literal it holds
// may recover, and takes the panic DeferValue holds (see recoverTarget).
func (r *rewriter) pkgFuncVar(id *ast.Ident) bool {
	v, ok := r.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() != r.pkg || v.Parent() != r.pkg.Scope() {
		return false
	}
	_, isFunc := v.Type().Underlying().(*types.Signature)
	return isFunc
}

// recoverTarget reports a function literal given to a package-level
// variable at its declaration or in an assignment: deferred through the
// variable (see pkgFuncVar), its recover sees the panic DeferValue holds.
func (r *rewriter) recoverTarget(lit *ast.FuncLit) bool {
	if lit == nil {
		return false
	}
	r.makeParents()
	var id *ast.Ident
	switch p := r.parents[lit].(type) {
	case *ast.AssignStmt:
		for i, e := range p.Rhs {
			if e == lit && i < len(p.Lhs) && len(p.Lhs) == len(p.Rhs) {
				id, _ = ast.Unparen(p.Lhs[i]).(*ast.Ident)
			}
		}
	case *ast.ValueSpec:
		for i, e := range p.Values {
			if e == lit && i < len(p.Names) {
				id = p.Names[i]
			}
		}
	}
	if id == nil {
		return false
	}
	obj := r.info.Defs[id]
	if obj == nil {
		obj = r.info.Uses[id]
	}
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() == r.pkg && v.Parent() == r.pkg.Scope()
}

// funcRecovers reports a method or function of the session whose body calls
// recover.
func (r *rewriter) funcRecovers(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() != r.pkg {
		return false
	}
	var body *ast.BlockStmt
	find := func(root ast.Node) {
		ast.Inspect(root, func(n ast.Node) bool {
			if fd, ok := n.(*ast.FuncDecl); ok && body == nil {
				if r.info.Defs[fd.Name] == fn {
					body = fd.Body
				}
				return false
			}
			return body == nil
		})
	}
	if r.root != nil {
		find(r.root)
	}
	if body == nil && r.c.sess != nil {
		for _, d := range r.c.sess.Decls {
			if fd, ok := d.Node.(*ast.FuncDecl); ok && fd.Name.Name == fn.Name() && r.info.Defs[fd.Name] == fn {
				body = fd.Body
				break
			}
		}
	}
	return body != nil && r.callsRecover(body)
}
