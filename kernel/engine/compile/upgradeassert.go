package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// upgradeOperand passes x, the operand of an assertion or a type switch
// from an empty interface, through the runtime's UpgradeTo when a target
// is a struct type of the session (or a pointer to one) that got a new
// version: a value compiled code kept since before the redefinition (in
// a sync.Map, a chan any, a list.Element, an atomic.Value) is of the old
// version, which the session's variables are not ("interface {} is
// main.W, not main.W").
//
//	a.(W)  →  __gk.UpgradeTo([]any{*new(W__gk2)}, a).(W__gk2)
func (r *rewriter) upgradeOperand(x ast.Expr, targets ...types.Type) {
	if !emptyIface(r.info.TypeOf(x)) || r.off(x.Pos()) < 0 || r.off(x.End()) < 0 {
		return
	}
	var likes []string
	for _, t := range targets {
		if r.redefinedStruct(t) {
			likes = append(likes, "*new("+r.typeString(t)+")")
		}
	}
	if len(likes) == 0 {
		return
	}
	// (Inside the assertion's own wrappers, inserted before; its closing
	// parenthesis is like theirs.)
	r.ed.insert(r.off(x.Pos()), rtName+".UpgradeTo([]any{"+strings.Join(likes, ", ")+"}, ")
	r.ed.insertFirst(r.off(x.End()), ")")
}

// redefinedStruct reports a struct type of the session, or a pointer to
// one, that has had more than one version.
func (r *rewriter) redefinedStruct(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg || n.TypeParams().Len() > 0 || r.gen == nil {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return false
	}
	g := r.gen(n.Obj().Name())
	return g != "" && g != n.Obj().Name()
}

// upgradeSwitch is upgradeOperand for a type switch's operand and case
// types.
func (r *rewriter) upgradeSwitch(s *ast.TypeSwitchStmt) {
	var ta *ast.TypeAssertExpr
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			ta, _ = a.Rhs[0].(*ast.TypeAssertExpr)
		}
	}
	if ta == nil {
		return
	}
	var targets []types.Type
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if tv, ok := r.info.Types[e]; ok && tv.IsType() {
				targets = append(targets, tv.Type)
			}
		}
	}
	r.upgradeOperand(ta.X, targets...)
}
