package compile

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// defaultFallthrough writes a switch whose default clause is not the last
// one and that has a fallthrough as two switches: the first
// finds the clause (the cases in order, evaluated once), the second runs
// it, its clauses numbered in the order of the source. The interpreter's
// fallthrough does not follow the source around a default clause: "case
// 2: …; fallthrough" ran the default or the case after it, and the
// default's own fallthrough ran nothing.
//
//	switch x { default: A; fallthrough; case 1: B }
//	→  { var fi = 0; switch x { case 1: fi = 1 }; switch fi { case 0: A; fallthrough; case 1: B } }
//
// It runs once the switch's own rewrites are in (the case expressions go
// into the first switch with their edits); the clauses' lines keep their
// numbers.
func (r *rewriter) defaultFallthrough(s *ast.SwitchStmt, label *ast.LabeledStmt) {
	if label != nil || !r.fallsAroundDefault(s) {
		return
	}
	start, lbrace, rbrace := r.off(s.Switch), r.off(s.Body.Lbrace), r.off(s.Body.Rbrace)
	if start < 0 || lbrace < 0 || rbrace < 0 {
		return
	}
	fi := r.uniq("fi")
	def := 0
	var find strings.Builder
	find.WriteString(r.text(s.Switch, s.Body.Lbrace+1))
	heads := make([]string, len(s.Body.List))
	for i, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		if r.off(cc.Case) < 0 || r.off(cc.Colon) < 0 {
			return
		}
		if cc.List == nil {
			def = i
			continue
		}
		heads[i] = r.text(cc.Case, cc.Colon+1)
		if strings.Contains(heads[i], "\n") {
			return // (the lines after it would move)
		}
		find.WriteString(" " + heads[i] + " " + fi + " = " + strconv.Itoa(i) + ";")
	}
	if strings.Contains(find.String(), "\n") {
		return
	}
	for i, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		r.ed.replaceOuter(r.off(cc.Case), r.off(cc.Colon)+1, "case "+strconv.Itoa(i)+":")
	}
	r.ed.replaceOuter(start, lbrace+1, "{ var "+fi+" = "+strconv.Itoa(def)+"; "+find.String()+" }; switch "+fi+" {")
	r.ed.insert(rbrace+1, " }")
}

// fallsAroundDefault reports a switch whose default clause is not the
// last one, with a fallthrough anywhere (the interpreter's next clause
// after a case can be the default, wherever it stands).
func (r *rewriter) fallsAroundDefault(s *ast.SwitchStmt) bool {
	list := s.Body.List
	def, falls := -1, false
	for i, st := range list {
		cc := st.(*ast.CaseClause)
		if cc.List == nil {
			def = i
		}
		falls = falls || endsInFallthrough(cc)
	}
	return def >= 0 && def < len(list)-1 && falls
}

// endsInFallthrough reports a clause whose last statement is fallthrough.
func endsInFallthrough(cc *ast.CaseClause) bool {
	if len(cc.Body) == 0 {
		return false
	}
	b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.FALLTHROUGH
}
