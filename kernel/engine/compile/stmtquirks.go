package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Functions and statements the interpreter gets wrong.

// zeroResults sets a function's named results to their zero values on
// entry: the interpreter reuses the frame of a call made in a loop and
// keeps the results of the previous call ("func f() (n int) { n++; return }"
// called twice in a loop returns 1, then 2).
func (r *rewriter) zeroResults(ft *ast.FuncType, body *ast.BlockStmt) {
	if body == nil || ft.Results == nil || r.off(body.Lbrace) < 0 {
		return
	}
	var names, zeros []string
	for _, f := range ft.Results.List {
		for _, id := range f.Names {
			obj, ok := r.info.Defs[id].(*types.Var)
			if !ok || id.Name == "_" {
				continue
			}
			names = append(names, id.Name)
			zeros = append(zeros, zeroText(r.concrete(obj.Type()), r.typeString(obj.Type()), r.pkg))
		}
	}
	if len(names) == 0 {
		return
	}
	// One assignment each: the interpreter fails on a parallel assignment
	// of interface values.
	var b strings.Builder
	for i, n := range names {
		b.WriteString(" " + n + " = " + zeros[i] + ";")
	}
	r.ed.insertFirst(r.off(body.Lbrace)+1, b.String())
}

// taglessCases writes "case a, b:" of a switch without a tag as
// "case a || b:": the interpreter tests only the first expression of such a
// case. Go evaluates them left to right up to the first true one, as ||
// does, and nothing binds looser than ||, so no parentheses are needed.
func (r *rewriter) taglessCases(s *ast.SwitchStmt) {
	if s.Tag != nil {
		return
	}
	for _, st := range s.Body.List {
		if cc, ok := st.(*ast.CaseClause); ok {
			r.orCases(cc)
		}
	}
}

// orCases writes the commas between a case's expressions as ||.
func (r *rewriter) orCases(cc *ast.CaseClause) {
	for i := 0; i+1 < len(cc.List); i++ {
		a, b := r.off(cc.List[i].End()), r.off(cc.List[i+1].Pos())
		if a < 0 || b < a {
			continue
		}
		between := r.cell.Src[a:b]
		comma := strings.IndexByte(between, ',')
		if comma < 0 || strings.Contains(between, "/") {
			continue // a comment may hold a comma
		}
		r.ed.replace(a+comma, a+comma+1, " ||")
	}
}

// promotedViaIface writes the path to a method promoted from an embedded
// interface field, x.M as x.Iface.M: the interpreter panics ("invalid
// interface value") calling it through the struct.
func (r *rewriter) promotedViaIface(sel *ast.SelectorExpr) {
	s, ok := r.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal || len(s.Index()) < 2 || r.off(sel.X.End()) < 0 {
		return
	}
	t := s.Recv()
	var names []string
	for _, i := range s.Index()[:len(s.Index())-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return
		}
		f := st.Field(i)
		if !f.Exported() && f.Pkg() != r.pkg {
			return
		}
		names = append(names, r.embeddedName(f))
		t = f.Type()
	}
	if !types.IsInterface(t) {
		return // promoted from an embedded struct: the interpreter knows it
	}
	r.ed.insert(r.off(sel.X.End()), "."+strings.Join(names, "."))
}

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
	wrap := force || hasLit(rhs) || r.laterBuiltin(rhs)
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
		if types.IsInterface(r.concrete(t)) || isNil(r.info.TypeOf(rhs[i])) {
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
	r.ed.insertLast(r.off(rhs[len(rhs)-1].End()), "; return "+strings.Join(names, ", ")+" }()")
}

// parallelAssign applies parallelIfaceAssign to "a, b = x, y" and to
// "var a, b I = x, y".
func (r *rewriter) parallelAssign(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
			return
		}
		if n.Tok == token.DEFINE && !hasLit(n.Rhs) && !r.laterBuiltin(n.Rhs) {
			return // the interpreter declares the others right
		}
		ts := make([]types.Type, len(n.Lhs))
		for i, l := range n.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
				continue
			}
			ts[i] = r.info.TypeOf(l)
		}
		mapTargets := n.Tok == token.ASSIGN && r.mapIndexTargets(n)
		r.parallelIfaceAssign(n, n.Lhs, n.Rhs, ts, mapTargets)
		if mapTargets {
			r.mapIndexAssign(n)
		}
	case *ast.ValueSpec:
		if len(n.Names) < 2 || n.Type == nil && !hasLit(n.Values) && !r.laterBuiltin(n.Values) {
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
	r.ed.insertLast(r.off(as.Rhs[len(as.Rhs)-1].End()), "; "+strings.Join(lhs, ", ")+" "+as.Tok.String()+" "+strings.Join(names, ", "))
	return true
}

// hasCall reports whether e calls a function (not a conversion).
func (r *rewriter) hasCall(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if tv, ok := r.info.Types[n.Fun]; !ok || !tv.IsType() {
				found = true
			}
		}
		return !found
	})
	return found
}

// funcVarDecl splits the declaration of a local variable of a function
// type with a value into a declaration and an assignment: the interpreter
// fails on some ("index out of range [-1]" for var kv iter.Seq2[int,
// string] = slices.All(s) ranged over later).
//
//	var kv F = v  →  var kv F; kv = v
func (r *rewriter) funcVarDecl(d *ast.DeclStmt) {
	gd, ok := d.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 || gd.Lparen.IsValid() {
		return
	}
	vs := gd.Specs[0].(*ast.ValueSpec)
	if vs.Type == nil || len(vs.Names) != 1 || len(vs.Values) != 1 || vs.Names[0].Name == "_" {
		return
	}
	if _, ok := r.info.TypeOf(vs.Type).Underlying().(*types.Signature); !ok {
		return
	}
	from, to := r.off(vs.Type.End()), r.off(vs.Values[0].Pos())
	if from < 0 || to < from || strings.Contains(r.cell.Src[from:to], "\n") {
		return
	}
	name := vs.Names[0].Name
	if kernelBuiltins[name] {
		name = "__gk_v_" + name // see ident
	}
	r.ed.replace(from, to, "; "+name+" = ")
}

// convReceiver writes the conversion to a non-empty interface a method is
// called on as an element of a slice of the interface: the interpreter
// panics on the conversion's value ("invalid interface value").
//
//	Shape(Box{2, 3}).Area()  →  []Shape{Box{2, 3}}[0].Area()
func (r *rewriter) convReceiver(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	conv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(conv.Args) != 1 || conv.Ellipsis.IsValid() || r.off(conv.Pos()) < 0 || r.off(conv.Rparen) < 0 {
		return
	}
	tv, ok := r.info.Types[conv.Fun]
	if !ok || !tv.IsType() {
		return
	}
	if _, param := tv.Type.(*types.TypeParam); param {
		return // P(x).Reset() of a pointer-method type parameter
	}
	if iface, ok := tv.Type.Underlying().(*types.Interface); !ok || iface.Empty() {
		return
	}
	if _, paren := conv.Fun.(*ast.ParenExpr); paren {
		return
	}
	r.ed.insert(r.off(conv.Pos()), "[]")
	r.ed.replace(r.off(conv.Lparen), r.off(conv.Lparen)+1, "{")
	r.ed.replace(r.off(conv.Rparen), r.off(conv.Rparen)+1, "}[0]")
}

// loopShadow puts a loop's body in a block of its own when the body
// declares a variable of the loop's names again (i := i * 10, v := v):
// the interpreter takes them for the same scope ("no new variables on
// left side of :=").
func (r *rewriter) loopShadow(vars []ast.Expr, body *ast.BlockStmt) {
	names := map[string]bool{}
	for _, v := range vars {
		if id, ok := v.(*ast.Ident); ok && id.Name != "_" {
			names[id.Name] = true
		}
	}
	if len(names) == 0 || body == nil || r.off(body.Lbrace) < 0 || r.off(body.Rbrace) < 0 {
		return
	}
	shadows := false
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, l := range st.Lhs {
					if id, ok := l.(*ast.Ident); ok && names[id.Name] {
						shadows = true
					}
				}
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok {
				for _, sp := range gd.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok {
						for _, id := range vs.Names {
							shadows = shadows || names[id.Name]
						}
					}
				}
			}
		}
	}
	if shadows {
		r.ed.insert(r.off(body.Lbrace)+1, " {")
		r.ed.insertFirst(r.off(body.Rbrace), "} ")
	}
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

// recvCopy converts a received value assigned to a variable to its type:
// the interpreter stores the received value itself, which cannot be
// changed afterwards (n := <-q; n++ panics "using unaddressable value").
//
//	n := <-q  →  n := (int)(<-q)
func (r *rewriter) recvCopy(e ast.Expr) {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return
	}
	t := r.info.TypeOf(e)
	if t == nil || isTuple(t) || hasTypeParam(t) {
		return
	}
	r.ed.insertFirst(r.off(e.Pos()), "("+r.typeString(t)+")(")
	r.ed.insertLast(r.off(e.End()), ")")
}

// callCond negates twice a condition that is a call: the interpreter
// takes the branch of "if less(1, 0) { … } else { return }" in a function
// without results (a switch's case too), and not of "if !!less(1, 0)".
func (r *rewriter) callCond(e ast.Expr) {
	if _, ok := ast.Unparen(e).(*ast.CallExpr); !ok || r.off(e.Pos()) < 0 {
		return
	}
	if tv, ok := r.info.Types[e]; !ok || tv.Type == nil || !types.Identical(tv.Type.Underlying(), types.Typ[types.Bool]) {
		return
	}
	r.ed.insertFirst(r.off(e.Pos()), "!!")
}

// forInitOnly gives "for i := 0; ; {" a condition: the interpreter starts
// each iteration of such a loop from the init's value again (it never
// ends).
//
//	for i := 0; ; {  →  for i := 0; true; {
func (r *rewriter) forInitOnly(f *ast.ForStmt) {
	if f.Init == nil || f.Cond != nil || f.Post != nil {
		return
	}
	at := r.off(f.Init.End())
	if at < 0 {
		return
	}
	semi := strings.IndexByte(r.cell.Src[at:], ';')
	if semi < 0 {
		return
	}
	r.ed.insert(at+semi+1, " true")
}

// emptySwitch gives a switch without clauses an empty default: the
// interpreter does not evaluate the tag of a switch without clauses
// (switch get().(type) {} calls no get).
func (r *rewriter) emptySwitch(body *ast.BlockStmt) {
	if len(body.List) == 0 && r.off(body.Lbrace) >= 0 {
		r.ed.insert(r.off(body.Lbrace)+1, " default:")
	}
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

// mapIndexAssign writes a parallel assignment to map elements as
// assignments one by one of the operands' values: the interpreter
// assigns none of them when an operand is a call (m["a"], m["b"] =
// f(), 2) or of an interface type. The left-hand sides are moved after
// the operands, so only simple ones (names, fields, literal keys) are.
//
//	m["a"], y = f(), 2  →  { __gk_m0, __gk_m1 := <operands>; m["a"] = __gk_m0; y = __gk_m1 }
func (r *rewriter) mapIndexAssign(as *ast.AssignStmt) {
	start, tok := r.off(as.Pos()), r.off(as.TokPos)
	var names, sets []string
	for _, l := range as.Lhs {
		n := r.uniq("m")
		names = append(names, n)
		src := r.cell.Src[r.off(l.Pos()):r.off(l.End())]
		if src == "_" {
			names[len(names)-1] = "_"
			continue
		}
		sets = append(sets, src+" = "+n)
	}
	r.ed.replaceOuter(start, tok+1, "{ "+strings.Join(names, ", ")+" :=")
	r.ed.insertLast(r.off(as.End()), "; "+strings.Join(sets, "; ")+" }")
}

// mapIndexTargets reports an assignment mapIndexAssign writes: to a map
// element among simple targets.
func (r *rewriter) mapIndexTargets(as *ast.AssignStmt) bool {
	if len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	mapTarget := false
	for _, l := range as.Lhs {
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
			if _, isMap := r.typeOf(ix.X).(*types.Map); isMap {
				mapTarget = true
			}
		}
		if !simpleExpr(l) || strings.Contains(r.cell.Src[max(0, r.off(l.Pos())):max(0, r.off(l.End()))], "\n") {
			return false
		}
	}
	return mapTarget && r.off(as.Pos()) >= 0 && r.off(as.TokPos) >= 0 && r.off(as.End()) >= 0
}

// simpleExpr reports a name, a field or an index whose parts are names
// and literals: an expression whose text means the same anywhere.
func simpleExpr(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return simpleExpr(e.X)
	case *ast.IndexExpr:
		return simpleExpr(e.X) && simpleExpr(e.Index)
	}
	return false
}
