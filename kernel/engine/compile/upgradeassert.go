package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// upgradeOperand passes x, the operand of an assertion or a type switch
// from an empty interface, through the runtime's UpgradeTo when a target
// is a struct type of the session (or a pointer to one) that got a new
// version, or an interface such a type implements: a value compiled code
// kept since before the redefinition (in a sync.Map, a chan any, a
// list.Element, an atomic.Value) is of the old version, which the
// session's variables are not ("interface {} is main.W, not main.W").
//
//	a.(W)  →  __gk_up1(a).(W__gk2)
func (r *rewriter) upgradeOperand(x ast.Expr, targets ...types.Type) {
	if !emptyIface(r.info.TypeOf(x)) || r.off(x.Pos()) < 0 || r.off(x.End()) < 0 {
		return
	}
	var likes []string
	seen := map[string]bool{}
	add := func(t types.Type) {
		if l := "*new(" + r.typeString(t) + ")"; !seen[l] {
			seen[l] = true
			likes = append(likes, l)
		}
	}
	for _, t := range targets {
		if iface, ok := t.Underlying().(*types.Interface); ok {
			// The session's redefined types that implement it.
			if iface.Empty() || r.pkg == nil {
				continue
			}
			for _, n := range r.sessionNamed(r.pkg.Scope()) {
				for _, c := range []types.Type{n, types.NewPointer(n)} {
					if r.redefinedStruct(c) && types.Implements(c, iface) {
						add(c)
					}
				}
			}
			continue
		}
		if r.redefinedStruct(t) {
			add(t)
		}
	}
	if len(likes) == 0 {
		return
	}
	// A helper function of the cell's tries the types first, and gives back
	// the interpreter's own value unless it upgraded it (passed through
	// compiled code, a value of a type with methods came back as one the
	// interpreter's later assertions in a loop got wrong). (Inside the
	// assertion's own wrappers, inserted before; its closing parenthesis
	// is like theirs.)
	var tries strings.Builder
	for _, l := range likes {
		tries.WriteString("if _, ok := __gk_x.(" + strings.TrimSuffix(strings.TrimPrefix(l, "*new("), ")") + "); ok { return __gk_x }; ")
	}
	name := r.helper("up", "(__gk_x any) any { "+tries.String()+"if u, ok := "+rtName+".UpgradeTo([]any{"+
		strings.Join(likes, ", ")+"}, __gk_x); ok { return u }; return __gk_x }")
	r.ed.insert(r.off(x.Pos()), name+"(")
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
