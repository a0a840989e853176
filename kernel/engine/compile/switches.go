package compile

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Switches the interpreter gets wrong: on values of interface types with
// cases it compares by its wrappers, and case lists whose later
// expressions it does not compare.

// ifaceSwitch writes a switch on a value of an interface type with cases
// of non-interface types (or conversions to interfaces) as a switch of
// comparisons (see ifaceEqual): the interpreter converts the value to the
// case's type and panics ("value of type error cannot be converted to type
// string", switch v { case 3: } of an any).
//
//	switch err { case ErrNotFound: … case nil: … }  →  switch sw := err; { case __gk.Equal(sw, ErrNotFound): … case sw == nil: … }
//
// So is a switch on a struct or array with interfaces in it.
func (r *rewriter) ifaceSwitch(s *ast.SwitchStmt) {
	if s.Tag == nil || s.Init != nil && !r.initMoved[s] && r.initTag(s) == nil || r.off(s.Tag.Pos()) < 0 || r.off(s.Tag.End()) < 0 {
		return
	}
	tt := r.info.TypeOf(s.Tag)
	if tt == nil || hasTypeParam(tt) {
		return
	}
	need := ifaceParts(tt) // a struct or array with interfaces (see ifaceEqual)
	if !need && !types.IsInterface(tt) {
		return
	}
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			t := r.info.TypeOf(e)
			if t != nil && isNil(t) && cellNonEmptyIface(tt, r.pkg) {
				need = true // the interpreter matches no nil case of a Shape
			}
			if t == nil || isNil(t) {
				continue
			}
			_, call := ast.Unparen(e).(*ast.CallExpr)
			// (A case of another interface type, io.EOF in a switch on
			// an any, is converted to it: "value of type interface {}
			// cannot be converted to type error".)
			if !types.IsInterface(t) || call || cellNonEmptyIface(tt, r.pkg) || cellNonEmptyIface(t, r.pkg) || !types.Identical(t, tt) {
				// (The interpreter compares two Shape values by their
				// wrappers: equal values never match.)
				need = true
			}
		}
	}
	if !need {
		return
	}
	r.comparedCases(s, func(v string, e ast.Expr) {
		if isNil(r.info.TypeOf(e)) {
			r.ed.insertFirst(r.off(e.Pos()), v+" == ")
			return
		}
		r.ed.insertFirst(r.off(e.Pos()), rtName+".Equal("+v+", ")
		r.ed.insertLast(r.off(e.End()), ")")
	})
}

// comparedCases writes switch s's tag as the init of a variable and each
// case's list as comparisons with it (each written by compare), joined
// by ||: "switch sw := x; { case cmp(sw, a) || cmp(sw, b): … }".
//
// A tag declared by the switch's init is used as it is:
// "switch p := f(); p { … }" becomes "switch p := f(); { case cmp(p, a): … }".
func (r *rewriter) comparedCases(s *ast.SwitchStmt, compare func(v string, e ast.Expr)) {
	v := r.uniq("sw")
	if id := r.initTag(s); id != nil {
		v = id.Name
		r.ed.replace(r.off(s.Tag.Pos()), r.off(s.Tag.End()), "")
	} else {
		r.ed.insertFirst(r.off(s.Tag.Pos()), v+" := ")
		r.ed.insertLast(r.off(s.Tag.End()), "; ")
	}
	for _, st := range s.Body.List {
		r.orCases(st.(*ast.CaseClause)) // the switch has no tag now
		for _, e := range st.(*ast.CaseClause).List {
			compare(v, e)
		}
	}
}

// initTag returns switch s's tag when it is a name its init declares
// ("switch p := recover(); p"), or nil.
func (r *rewriter) initTag(s *ast.SwitchStmt) *ast.Ident {
	id, ok := ast.Unparen(s.Tag).(*ast.Ident)
	if !ok || s.Init == nil {
		return nil
	}
	if obj := r.info.Uses[id]; obj == nil || obj.Pos() < s.Init.Pos() || obj.Pos() >= s.Init.End() {
		return nil
	}
	return id
}

// caseLists writes a switch on a value of a non-interface type whose case
// lists have an expression after the first that is not a constant or a
// name as a switch of comparisons: the interpreter compares only the
// first expression of such a list (case c.a, c.b never matched c.b).
//
//	switch x { case c.a, c.b: … }  →  switch sw := x; { case sw == c.a || sw == c.b: … }
func (r *rewriter) caseLists(s *ast.SwitchStmt) {
	if s.Tag == nil || s.Init != nil && !r.initMoved[s] && r.initTag(s) == nil || r.off(s.Tag.Pos()) < 0 || r.off(s.Tag.End()) < 0 {
		return
	}
	tt := r.info.TypeOf(s.Tag)
	if tt == nil || types.IsInterface(tt) || ifaceParts(tt) || hasTypeParam(tt) {
		return // (ifaceSwitch's)
	}
	need := false
	for _, st := range s.Body.List {
		for i, e := range st.(*ast.CaseClause).List {
			if i == 0 || r.info.Types[e].Value != nil {
				continue
			}
			switch x := ast.Unparen(e).(type) {
			case *ast.Ident:
				continue
			case *ast.SelectorExpr:
				if _, pkg := r.info.Uses[x.Sel].(*types.Var); pkg && r.info.Selections[x] == nil {
					continue // io.EOF
				}
			}
			need = true
		}
	}
	if !need {
		return
	}
	r.comparedCases(s, func(v string, e ast.Expr) {
		if b, bin := ast.Unparen(e).(*ast.BinaryExpr); !bin || b.Op.Precedence() > token.EQL.Precedence() {
			// (No parentheses where they are not needed.)
			r.ed.insertFirst(r.off(e.Pos()), v+" == ")
			return
		}
		r.ed.insertFirst(r.off(e.Pos()), v+" == (")
		r.ed.insertLast(r.off(e.End()), ")")
	})
}

// clauseLabels puts the statements of a case or select clause in a block
// when one of them is labeled (the interpreter does not see a label in a
// clause: "undefined: scan"); a closing fallthrough stays outside.
//
//	case x: next: n++; goto next  →  case x: { next: n++; goto next }
func (r *rewriter) clauseLabels(colon token.Pos, body []ast.Stmt) {
	labeled := false
	for _, st := range body {
		if _, ok := st.(*ast.LabeledStmt); ok {
			labeled = true
		}
	}
	if !labeled {
		return
	}
	last := body[len(body)-1]
	if b, ok := last.(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
		last = body[len(body)-2] // a labeled statement is before it
	}
	if r.off(colon) < 0 || r.off(last.End()) < 0 {
		return
	}
	r.ed.insert(r.off(colon)+1, " {")
	r.ed.insertLast(r.off(last.End()), " }")
}
