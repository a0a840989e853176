package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Parallel assignments ("a, b = x, y") the interpreter gets wrong: with
// interface-typed targets, calls, builtins or composite literals among the
// operands, and map elements among the targets.

// parallelIfaceAssign writes "a, b = x, y" with an interface-typed
// left-hand side (or an untyped nil, a call, a literal or a builtin on the
// right) as "a, b = func() (A, B) { var p0 A = x; var p1 B = y; return p0, p1 }()": the
// interpreter fails on a parallel assignment of interface values
// ("reflect.Set: value of type interface {} is not assignable"), not on
// the results of a call. (Go evaluates the operands first too.)
func (r *rewriter) parallelIfaceAssign(as *ast.AssignStmt, lhs, rhs []ast.Expr, lhsTypes []types.Type, force bool) {
	if len(lhs) < 2 || len(lhs) != len(rhs) || r.off(rhs[0].Pos()) < 0 || r.off(rhs[len(rhs)-1].End()) < 0 {
		return
	}
	// A composite literal among the operands makes the interpreter lose
	// the others (c, d := P{6}, 7 leaves d zero), or all of them assigned
	// to named results; a builtin after the first writes into the first
	// target (see laterBuiltin).
	wrap := force || hasLit(rhs) || r.laterBuiltin(rhs) || hasRecv(rhs)
	ifaces := false
	var ts []string
	for i, t := range lhsTypes {
		if t == nil {
			// The blank identifier: the value's own (default) type.
			t = types.Default(r.info.TypeOf(rhs[i]))
		}
		if t == nil || isNil(t) {
			return
		}
		if types.IsInterface(r.concrete(t)) || isRecursiveFunc(t) || isNil(r.info.TypeOf(rhs[i])) {
			// An untyped nil fails too ("reflect: New(nil)").
			wrap, ifaces = true, true
		}
		if r.hasCall(rhs[i]) {
			// With a call among the operands the interpreter assigns
			// some of them (x, y = f(1), 5 leaves y alone).
			wrap = true
		}
		ts = append(ts, r.typeString(t))
	}
	if !wrap {
		return
	}
	if !ifaces && !force && r.sequentialAssign(as, ts) {
		return
	}
	// Each operand through a variable of its own: the interpreter returns
	// the last append's slice for both of "return append(a, 1),
	// append(b, 2)".
	names := make([]string, len(rhs))
	for i := range rhs {
		names[i] = r.uniq("p")
		decl := "var " + names[i] + " " + ts[i] + " = "
		if r.callsGeneric(rhs[i]) {
			// See genericVarDecl.
			decl = "var " + names[i] + " " + ts[i] + "; " + names[i] + " = "
		}
		if i == 0 {
			r.ed.insertFirst(r.off(rhs[0].Pos()), "func() ("+strings.Join(ts, ", ")+") { "+decl)
			continue
		}
		from, to := r.off(rhs[i-1].End()), r.off(rhs[i].Pos())
		if from < 0 || to < from {
			return
		}
		r.ed.replace(from, to, "; "+strings.Repeat("\n", strings.Count(r.cell.Src[from:to], "\n"))+decl)
	}
	r.ed.insertFinal(r.off(rhs[len(rhs)-1].End()), "; return "+strings.Join(names, ", ")+" }()")
}

// parallelAssign applies parallelIfaceAssign to "a, b = x, y" and to
// "var a, b I = x, y".
func (r *rewriter) parallelAssign(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
			return
		}
		if r.topDefineCalls(n) {
			return
		}
		force := false
		if n.Tok == token.DEFINE && !hasLit(n.Rhs) && !r.laterBuiltin(n.Rhs) && !hasRecv(n.Rhs) {
			// The interpreter declares the others right, but for names
			// declared again (see defineParts) among operands with calls
			// (sequentialAssign) or of interface types (a function literal).
			_, tok := r.defineParts(n)
			calls := false
			for _, e := range n.Rhs {
				calls = calls || r.hasCall(e)
			}
			ifaces := false
			for _, l := range n.Lhs {
				if t := r.info.TypeOf(l); t != nil && (types.IsInterface(t) || isRecursiveFunc(t)) {
					ifaces = true
				}
			}
			if tok != "=" || !calls && !ifaces {
				r.redefine(n)
				return
			}
			force = ifaces
		}
		ts := make([]types.Type, len(n.Lhs))
		for i, l := range n.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
				continue
			}
			ts[i] = r.info.TypeOf(l)
		}
		mapTargets := n.Tok == token.ASSIGN && r.mapIndexTargets(n)
		r.parallelIfaceAssign(n, n.Lhs, n.Rhs, ts, mapTargets || force)
		if mapTargets {
			r.mapIndexAssign(n)
		}
	case *ast.ValueSpec:
		if r.sequentialSpec(n) {
			return // one assignment per variable (varSpecAssign)
		}
		if len(n.Names) < 2 || n.Type == nil && !hasLit(n.Values) && !r.laterBuiltin(n.Values) && !hasRecv(n.Values) && !r.topSpecCalls(n) {
			return
		}
		ts := make([]types.Type, len(n.Names))
		lhs := make([]ast.Expr, len(n.Names))
		for i := range ts {
			ts[i], lhs[i] = r.info.TypeOf(n.Names[i]), n.Names[i]
			if n.Names[i].Name == "_" {
				ts[i] = nil
			}
		}
		r.parallelIfaceAssign(nil, lhs, n.Values, ts, false)
	}
}

// sequentialSpec reports a top-level var spec of several variables one
// of whose values reads another of them (var a, b = 3, a * 2): Go
// initializes each in the order of their dependencies, so the spec is
// written as one assignment per variable, in that order (a parallel
// assignment would read the zero a).
func (r *rewriter) sequentialSpec(vs *ast.ValueSpec) bool {
	if !r.topSpec(vs) || len(vs.Names) < 2 || len(vs.Names) != len(vs.Values) {
		return false
	}
	names := map[types.Object]bool{}
	for _, n := range vs.Names {
		if obj := r.info.Defs[n]; obj != nil {
			names[obj] = true
		}
	}
	reads := false
	for _, v := range vs.Values {
		ast.Inspect(v, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && names[r.info.Uses[id]] {
				reads = true
			}
			return !reads
		})
	}
	return reads
}

// topSpec reports a spec of a top-level var declaration.
func (r *rewriter) topSpec(vs *ast.ValueSpec) bool {
	r.makeParents()
	_, top := r.parents[r.parents[vs]].(*ast.File)
	return top
}

// topSpecCalls reports a top-level var spec (var a, b = 7, f(), also a
// cell's a, b := 7, f()) with a call among its values: written as an
// assignment, which the interpreter gets wrong with calls.
func (r *rewriter) topSpecCalls(vs *ast.ValueSpec) bool {
	if !r.topSpec(vs) {
		return false
	}
	for _, v := range vs.Values {
		if r.hasCall(v) {
			return true
		}
	}
	return false
}

// topDefineCalls writes a cell's top-level "a, b := x, f()" (an
// assignment once its variables are declared, see topSpecCalls) with a
// call among its operands through parallelIfaceAssign, and reports
// whether it is one. A variable the session has is typed as it is there.
func (r *rewriter) topDefineCalls(as *ast.AssignStmt) bool {
	r.makeParents()
	if as.Tok != token.DEFINE || r.parents[as] != nil || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	calls := false
	for _, e := range as.Rhs {
		calls = calls || r.hasCall(e)
	}
	if !calls {
		return false
	}
	ts := make([]types.Type, len(as.Lhs))
	for i, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		if ts[i] = r.info.TypeOf(l); ts[i] == nil {
			if v, ok := r.pkg.Scope().Lookup(id.Name).(*types.Var); ok {
				ts[i] = v.Type()
			}
		}
	}
	r.parallelIfaceAssign(as, as.Lhs, as.Rhs, ts, true)
	return true
}

// localVars reports targets that are all local variables (or blank).
func (r *rewriter) localVars(lhs []ast.Expr) bool {
	for _, l := range lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return false
		}
		if id.Name == "_" {
			continue
		}
		obj := r.info.Uses[id]
		if obj == nil {
			obj = r.info.Defs[id]
		}
		v, ok := obj.(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == r.pkg.Scope() {
			return false
		}
	}
	return true
}

// sequentialAssign writes "a, b = x, y" (or :=) of local variables, a
// statement of a list, as one declaration per operand and the assignment
// of those: "var p0 A = x; var p1 B = y; a, b = p0, p1" (ten times
// cheaper than parallelIfaceAssign's function literal). It reports
// whether it did.
func (r *rewriter) sequentialAssign(as *ast.AssignStmt, ts []string) bool {
	if as == nil || !r.localVars(as.Lhs) || r.off(as.Pos()) < 0 {
		return false
	}
	r.makeParents()
	switch r.parents[as].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return false
	}
	names := make([]string, len(as.Rhs))
	lhs := make([]string, len(as.Lhs))
	for i, l := range as.Lhs {
		lhs[i] = l.(*ast.Ident).Name
	}
	for i, e := range as.Rhs {
		names[i] = r.uniq("p")
		decl := "var " + names[i] + " " + ts[i] + " = "
		if r.callsGeneric(e) {
			decl = "var " + names[i] + " " + ts[i] + "; " + names[i] + " = " // see genericVarDecl
		}
		if i == 0 {
			r.ed.replace(r.off(as.Pos()), r.off(e.Pos()), decl)
			continue
		}
		from, to := r.off(as.Rhs[i-1].End()), r.off(e.Pos())
		if from < 0 || to < from {
			return false
		}
		r.ed.replace(from, to, "; "+strings.Repeat("\n", strings.Count(r.cell.Src[from:to], "\n"))+decl)
	}
	decls, tok := r.defineParts(as)
	r.ed.insertLast(r.off(as.Rhs[len(as.Rhs)-1].End()), "; "+decls+strings.Join(lhs, ", ")+" "+tok+" "+strings.Join(names, ", "))
	return true
}

// defineParts returns, for "a, b := x, y" of a statement list that
// declares some of its names again, the declarations of the new ones and
// "=": the interpreter makes a new variable of the old one ("x := 1; p :=
// &x; x, y := 2, 3" left *p 1). Otherwise it returns "" and the
// statement's own token.
func (r *rewriter) defineParts(as *ast.AssignStmt) (decls, tok string) {
	if as.Tok != token.DEFINE || len(as.Rhs) < 2 {
		return "", as.Tok.String()
	}
	again := false
	var b strings.Builder
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := r.info.Defs[id]
		if obj == nil {
			again = true
			continue
		}
		if hasTypeParam(obj.Type()) {
			return "", as.Tok.String()
		}
		b.WriteString("var " + id.Name + " " + r.typeString(obj.Type()) + "; ")
	}
	if !again {
		return "", as.Tok.String()
	}
	return b.String(), "="
}

// redefine writes "x, y := 2, 3" that declares x again as declarations of
// the new names and an assignment (see defineParts).
func (r *rewriter) redefine(as *ast.AssignStmt) {
	if !r.localVars(as.Lhs) || r.off(as.Pos()) < 0 || r.off(as.TokPos) < 0 {
		return
	}
	r.makeParents()
	switch r.parents[as].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return
	}
	decls, tok := r.defineParts(as)
	if tok != "=" {
		return
	}
	r.ed.insertFirst(r.off(as.Pos()), decls)
	r.ed.replace(r.off(as.TokPos), r.off(as.TokPos)+2, "=")
}

// hasCall reports whether e calls a function (not a conversion; a
// builtin counts), outside function literals.
func (r *rewriter) hasCall(e ast.Expr) bool {
	return r.callIn(e, func(c *ast.CallExpr) bool { return !r.isConversion(c) })
}

// hasMadeCall reports a call of a function or method in e (see madeCall),
// outside function literals.
func (r *rewriter) hasMadeCall(e ast.Expr) bool {
	return r.callIn(e, r.madeCall)
}

// callIn reports a call in e, outside function literals, for which is
// reports true.
func (r *rewriter) callIn(e ast.Expr, is func(*ast.CallExpr) bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			found = found || is(n)
		}
		return !found
	})
	return found
}

// hasRecv reports a receive among es: the interpreter leaves the targets
// after one zero (a, b := <-ch, 2 set b to 0), and fails on "a, b = <-c,
// <-c" into package-level variables.
func hasRecv(es []ast.Expr) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				found = true
			}
			_, lit := n.(*ast.FuncLit)
			return !found && !lit
		})
	}
	return found
}

// hasLit reports a composite literal among es.
func hasLit(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
			return true
		}
	}
	return false
}

// laterBuiltin reports a call of a builtin with a result (len, append…)
// among the operands after the first: the interpreter writes its value
// into the first target (a, b = 7, len(s) set a to 3), or the first
// result of a return.
func (r *rewriter) laterBuiltin(es []ast.Expr) bool {
	for _, e := range es[min(1, len(es)):] {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok || found {
				return false
			}
			if c, ok := n.(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok {
					if _, ok := r.info.Uses[id].(*types.Builtin); ok {
						found = true
					}
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
