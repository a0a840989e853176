package compile

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter reads a standard-library package variable the code
// assigns (http.DefaultClient = c; os.Stdout = f) as it was before the
// assignment when it copies its value in the same function (d :=
// http.DefaultClient), though fields and methods reached through it are
// right; and it drops the result of a call assigned to one
// (flag.CommandLine = flag.NewFlagSet(…)). Such reads and assignments go
// through the variable's address, which the interpreter follows when the
// statement runs:
//
//	w := os.Stdout                         →  w := (*&os.Stdout)
//	time.Local = time.FixedZone("X", 3600)  →  (*&time.Local) = time.FixedZone("X", 3600)

// pkgVarOf returns the package variable of another package that sel
// names (http.DefaultClient), or nil.
func (r *rewriter) pkgVarOf(sel *ast.SelectorExpr) *types.Var {
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	if _, ok := r.info.Uses[id].(*types.PkgName); !ok {
		return nil
	}
	v, ok := r.info.Uses[sel.Sel].(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg() == r.pkg || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}

// assignedPkgVars lists the package variables of other packages the cell
// assigns.
func (r *rewriter) assignedPkgVars() map[*types.Var]bool {
	if r.pkgVarsSet != nil {
		return r.pkgVarsSet
	}
	r.pkgVarsSet = map[*types.Var]bool{}
	ast.Inspect(r.root, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
					if v := r.pkgVarOf(sel); v != nil {
						r.pkgVarsSet[v] = true
					}
				}
			}
		}
		return true
	})
	return r.pkgVarsSet
}

// pkgVarRead reads or assigns such a variable through its address.
func (r *rewriter) pkgVarRead(sel *ast.SelectorExpr) {
	v := r.pkgVarOf(sel)
	if v == nil || !r.assignedPkgVars()[v] || r.isOSArgs(sel) || r.off(sel.Pos()) < 0 {
		return
	}
	r.makeParents()
	switch p := r.parents[sel].(type) {
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			return
		}
	case *ast.SelectorExpr:
		return // a field or method: read when it runs
	}
	if r.off(sel.End()) < 0 {
		return
	}
	// In parentheses: (*&os.Args)[1:], not the address of the slice.
	r.ed.insertLast(r.off(sel.Pos()), "(*&")
	r.ed.insertFirst(r.off(sel.End()), ")")
}
