package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Comma-ok forms (v, ok := m[k], v, ok = x.(T)) the interpreter gets
// wrong, and the zero values written for variables.

// commaOkInLoop rewrites a comma-ok map lookup or type assertion that
// declares its variables inside a loop: the interpreter reuses their
// storage from one iteration to the next and does not zero the value
// on a miss (v, ok := m[k] keeps the previous iteration's v). Declared
// first and then assigned, they are zeroed:
//
//	v, ok := m[k]           →  var v T; var ok bool; v, ok = m[k]
//	k, ok := m[k]           →  var cv T; var ok1 bool; cv, ok1 = m[k]; k := cv; ok := ok1
//	if v, ok := m[k]; ok {  →  { var cv T; var ok1 bool; cv, ok1 = m[k]; v := cv; ok := ok1; if ok {
//
// (A switch's init statement goes through a function literal, whose
// variables are new at each call.)
func (r *rewriter) commaOkInLoop(as *ast.AssignStmt) {
	if as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !r.commaOkExpr(as.Rhs[0]) {
		return
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok || id.Name == "_" || r.loopOf(as) == nil {
		return
	}
	vt := r.info.TypeOf(as.Lhs[0])
	if vt == nil || hasTypeParam(vt) && r.subst == nil || r.off(as.Pos()) < 0 || r.off(as.Rhs[0].Pos()) < 0 || r.off(as.Rhs[0].End()) < 0 {
		return
	}
	ts := r.typeString(vt)
	switch r.parents[as].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		if r.shadowedInRHS(as) {
			// k, ok := m[k]: the right-hand side reads the outer k.
			r.commaOkTemps(as, ts)
			return
		}
		var decl strings.Builder
		names := make([]string, 2)
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				return
			}
			names[i] = id.Name
			if obj := r.info.Defs[id]; obj != nil {
				names[i] = r.varName(obj) // (renamed: a variable named like a type)
			}
			t := ts
			if i == 1 {
				t = "bool"
			}
			switch {
			case id.Name == "_":
				// The interpreter refuses a blank here: a variable.
				names[i] = r.uniq("ok")
				decl.WriteString("var " + names[i] + " " + t + "; _ = " + names[i] + "; ")
			case r.info.Defs[id] != nil:
				decl.WriteString("var " + names[i] + " " + t + "; ")
			}
		}
		r.ed.replace(r.off(as.Pos()), r.off(as.Rhs[0].Pos()), decl.String()+names[0]+", "+names[1]+" = ")
	case *ast.IfStmt:
		if r.commaOkIfInit(r.parents[as].(*ast.IfStmt), as, ts) {
			return
		}
		r.ed.insertFirst(r.off(as.Rhs[0].Pos()), "func() ("+ts+", bool) { __gk_cv, __gk_ok := ")
		r.ed.insertLast(r.off(as.Rhs[0].End()), "; return __gk_cv, __gk_ok }()")
	case *ast.SwitchStmt, *ast.TypeSwitchStmt:
		// An init statement: the function's variables are new each time.
		r.ed.insertFirst(r.off(as.Rhs[0].Pos()), "func() ("+ts+", bool) { __gk_cv, __gk_ok := ")
		r.ed.insertLast(r.off(as.Rhs[0].End()), "; return __gk_cv, __gk_ok }()")
	}
}

// commaOkIfInit writes an if statement whose init statement is the
// comma-ok as, of a value of type ts, as a block around the if with the
// comma-ok before it (see commaOkTemps): a function literal called at each
// evaluation would cost the interpreter several times the lookup.
//
//	if v, ok := m[k]; ok {…}  →  { var cv T; var ok1 bool; cv, ok1 = m[k]; v := cv; ok := ok1; if ok {…} }
func (r *rewriter) commaOkIfInit(is *ast.IfStmt, as *ast.AssignStmt, ts string) bool {
	if is.Init != as || r.off(is.If) < 0 || r.off(is.Cond.Pos()) < 0 || r.off(is.End()) < 0 {
		return false
	}
	decl, bind, ok := r.commaOkParts(as, ts)
	if !ok {
		return false
	}
	r.ed.replace(r.off(is.If), r.off(as.Rhs[0].Pos()), "{ "+decl)
	r.ed.replace(r.off(as.Rhs[0].End()), r.off(is.Cond.Pos()), "; "+bind+"if ")
	r.ed.insert(r.off(is.End()), " }")
	return true
}

// commaOkTemps writes the comma-ok statement as (v, ok := x, of a value of
// type ts) into variables declared first, zeroed, then assigned to its
// own (see commaOkParts).
func (r *rewriter) commaOkTemps(as *ast.AssignStmt, ts string) {
	decl, bind, ok := r.commaOkParts(as, ts)
	if !ok {
		return
	}
	r.ed.replace(r.off(as.Pos()), r.off(as.Rhs[0].Pos()), decl)
	r.ed.insert(r.off(as.Rhs[0].End()), "; "+strings.TrimSuffix(bind, "; "))
}

// commaOkParts returns the code before a comma-ok's right-hand side
// (temporaries declared, zeroed, and assigned: "var cv T; var ok1 bool;
// cv, ok1 = ") and the code after it that declares or assigns its
// variables from them ("v := cv; _ = v; ok := ok1; _ = ok; "): the
// right-hand side still sees the outer variables the new ones shadow.
func (r *rewriter) commaOkParts(as *ast.AssignStmt, ts string) (decl, bind string, ok bool) {
	tmp := []string{r.uniq("cv"), r.uniq("ok")}
	typ := []string{ts, "bool"}
	var d, b strings.Builder
	for i, l := range as.Lhs {
		id, isID := l.(*ast.Ident)
		if !isID {
			return "", "", false
		}
		d.WriteString("var " + tmp[i] + " " + typ[i] + "; ")
		if id.Name == "_" {
			continue
		}
		name, tok := id.Name, " = "
		if obj := r.info.Defs[id]; obj != nil {
			name, tok = r.varName(obj), " := " // (renamed: a variable named like a type)
		} else if obj := r.info.Uses[id]; obj != nil {
			name = r.varName(obj)
		}
		b.WriteString(name + tok + tmp[i] + "; _ = " + name + "; ")
	}
	return d.String() + tmp[0] + ", " + tmp[1] + " = ", b.String(), true
}

// shadowedInRHS reports whether the right-hand side of as reads a
// variable named like one as declares (k, ok := m[k]).
func (r *rewriter) shadowedInRHS(as *ast.AssignStmt) bool {
	names := map[string]bool{}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && r.info.Defs[id] != nil {
			names[id.Name] = true
		}
	}
	found := false
	ast.Inspect(as.Rhs[0], func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && names[id.Name] {
			found = true
		}
		return !found
	})
	return found
}

// commaOkVarInLoop is commaOkInLoop for var v, ok = m[k].
func (r *rewriter) commaOkVarInLoop(ds *ast.DeclStmt) {
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 || gd.Lparen.IsValid() {
		return
	}
	vs, ok := gd.Specs[0].(*ast.ValueSpec)
	if !ok || len(vs.Names) != 2 || len(vs.Values) != 1 || vs.Names[0].Name == "_" || !r.commaOkExpr(vs.Values[0]) {
		return
	}
	if r.loopOf(ds) == nil || r.off(ds.Pos()) < 0 || r.off(vs.Values[0].Pos()) < 0 {
		return
	}
	vt := r.info.TypeOf(vs.Names[0])
	if vt == nil || hasTypeParam(vt) {
		return
	}
	ok1 := "bool"
	if vs.Type != nil {
		ok1 = r.typeString(r.info.TypeOf(vs.Type))
	}
	v, b := vs.Names[0].Name, vs.Names[1].Name
	decl := "var " + v + " " + r.typeString(vt) + "; "
	lhs := v + ", " + b
	if b != "_" {
		decl += "var " + b + " " + ok1 + "; "
	}
	r.ed.replace(r.off(ds.Pos()), r.off(vs.Values[0].Pos()), decl+lhs+" = ")
}

// commaOkExpr reports a map index or a type assertion (whose comma-ok
// form leaves the value alone on a miss).
func (r *rewriter) commaOkExpr(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		_, isMap := r.typeOf(e.X).Underlying().(*types.Map)
		return isMap
	case *ast.TypeAssertExpr:
		return e.Type != nil
	}
	return false
}

// commaOkAssign writes "v, ok = m[k]" (and "v, ok = x.(T)", "_, ok =
// <-ch") as the results of a function declaring them: the interpreter
// leaves v as it was when k is missing (Go sets it to the zero value), and
// fails on a receive into a blank.
//
//	v, ok = m[k]  →  v, ok = func() (V, bool) { v, ok := m[k]; return v, ok }()
func (r *rewriter) commaOkAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return
	}
	r.commaOkValue(as.Rhs[0])
}

// commaOkSpec is commaOkAssign for a cell's top-level "v, ok := m[k]" or
// "var v, ok = m[k]", which assigns v when the session has it.
func (r *rewriter) commaOkSpec(vs *ast.ValueSpec) {
	if len(vs.Names) != 2 || len(vs.Values) != 1 {
		return
	}
	r.makeParents()
	if _, top := r.parents[r.parents[vs]].(*ast.File); top {
		r.commaOkValue(vs.Values[0])
	}
}

// commaOkValue writes the comma-ok expression e as the results of a
// function declaring them (see commaOkAssign).
func (r *rewriter) commaOkValue(e ast.Expr) {
	var vt types.Type
	switch x := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		m, ok := r.typeOf(x.X).(*types.Map)
		if !ok {
			return
		}
		vt = m.Elem()
	case *ast.TypeAssertExpr:
		if x.Type == nil {
			return
		}
		vt = r.info.TypeOf(x.Type)
	case *ast.UnaryExpr:
		c, ok := r.typeOf(x.X).(*types.Chan)
		if x.Op != token.ARROW || !ok {
			return
		}
		vt = c.Elem()
	default:
		return
	}
	if vt == nil || hasTypeParam(vt) && r.subst == nil || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return // (in an instance, the type parameters are written as its type arguments)
	}
	r.ed.insertFirst(r.off(e.Pos()), "func() ("+r.typeString(vt)+", bool) { __gk_cv, __gk_ok := ")
	r.ed.insertLast(r.off(e.End()), "; return __gk_cv, __gk_ok }()")
}

// zeroText is the zero value of type t written typ: nil for an
// interface of the cell package cellPkg (the interpreter's *new(I) of one
// is not nil), *new(T) otherwise.
func zeroText(t types.Type, typ string, cellPkg *types.Package) string {
	if t != nil && cellNonEmptyIface(t, cellPkg) {
		return "nil"
	}
	return "*new(" + typ + ")"
}

// genericVarDecl writes "var a, b = g(x)" inside a function, where the
// values call a generic function, as "var a A; var b B; a, b = g(x)": the
// interpreter leaves the variables zero when the call instantiates the
// function (var m = slices.Max(xs) is 0).
func (r *rewriter) genericVarDecl(ds *ast.DeclStmt) {
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 || gd.Lparen.IsValid() {
		return
	}
	vs, ok := gd.Specs[0].(*ast.ValueSpec)
	if !ok || len(vs.Values) == 0 || len(vs.Values) == 1 && r.commaOkExpr(vs.Values[0]) || !r.callsGeneric(vs.Values...) || r.off(ds.Pos()) < 0 || r.off(vs.Values[0].Pos()) < 0 {
		return
	}
	var decl strings.Builder
	lhs := make([]string, len(vs.Names))
	for i, n := range vs.Names {
		lhs[i] = r.identName(n)
		if n.Name == "_" {
			continue
		}
		t := r.info.TypeOf(n)
		if t == nil || hasTypeParam(t) {
			return
		}
		decl.WriteString("var " + lhs[i] + " " + r.typeString(t) + "; ")
	}
	r.ed.replace(r.off(ds.Pos()), r.off(vs.Values[0].Pos()), decl.String()+strings.Join(lhs, ", ")+" = ")
}

// callsGeneric reports a call of a generic function among es.
func (r *rewriter) callsGeneric(es ...ast.Expr) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if found || !ok {
				return !found
			}
			if id := calleeIdent(call.Fun); id != nil {
				if _, inst := r.info.Instances[id]; inst {
					_, fn := r.info.Uses[id].(*types.Func)
					found = fn
				}
			}
			return !found
		})
	}
	return found
}

// commaOkRedeclare writes "v, ok2 := m[k]" that declares v again (outside
// a loop; see commaOkInLoop there) as an assignment of a function's
// results: the interpreter leaves v as it was on a miss.
//
//	v, ok2 := m[k]  →  var ok2 bool; v, ok2 = func() (V, bool) { v, ok := m[k]; return v, ok }()
func (r *rewriter) commaOkRedeclare(as *ast.AssignStmt) {
	if as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !r.commaOkExpr(as.Rhs[0]) || r.loopOf(as) != nil {
		return
	}
	r.makeParents()
	if r.parents[as] == nil {
		// A cell's top-level statement (checked as a declaration or an
		// assignment): written as an assignment to the session's
		// variables, whose value a miss must zero.
		r.commaOkValue(as.Rhs[0])
		return
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok || id.Name == "_" || r.info.Defs[id] != nil {
		return // v is new: zero before the lookup
	}
	vt := r.info.TypeOf(as.Lhs[0])
	if vt == nil || hasTypeParam(vt) || r.off(as.Pos()) < 0 || r.off(as.TokPos) < 0 || r.off(as.Rhs[0].Pos()) < 0 || r.off(as.Rhs[0].End()) < 0 {
		return
	}
	switch r.parents[as].(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
	default:
		return
	}
	decl := ""
	if okID, isID := as.Lhs[1].(*ast.Ident); isID && okID.Name != "_" && r.info.Defs[okID] != nil {
		decl = "var " + okID.Name + " bool; "
	}
	r.ed.insertFirst(r.off(as.Pos()), decl)
	r.ed.replace(r.off(as.TokPos), r.off(as.TokPos)+2, "=")
	r.ed.insertFirst(r.off(as.Rhs[0].Pos()), "func() ("+r.typeString(vt)+", bool) { __gk_cv, __gk_ok := ")
	r.ed.insertLast(r.off(as.Rhs[0].End()), "; return __gk_cv, __gk_ok }()")
}
