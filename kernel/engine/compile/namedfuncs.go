package compile

import (
	"go/ast"
	"go/types"
)

// returnedNamedFuncs converts a returned value of a named func type of the
// cells to its type when it is not a plain name: the interpreter's return
// statement makes the expression the type's own node, and a call of a
// value of the type compiled later takes a selector or call there for a
// generic function's ("CFG post-order panic"):
//
//	return h.Wrap("[", "]")  →  return Handler(h.Wrap("[", "]"))
func (r *rewriter) returnedNamedFuncs(ret *ast.ReturnStmt) {
	for _, e := range ret.Results {
		switch ast.Unparen(e).(type) {
		case *ast.Ident, *ast.FuncLit:
			continue
		}
		t := r.info.TypeOf(e)
		if !namedFuncType(t, r.pkg) || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
			continue
		}
		r.ed.insert(r.off(e.Pos()), r.typeString(t)+"(")
		r.ed.insertLast(r.off(e.End()), ")")
	}
}

// namedFuncType reports a named func type of the package pkg (not a
// recursive one: see recfunc.go).
func namedFuncType(t types.Type, pkg *types.Package) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != pkg {
		return false
	}
	if _, ok := n.Underlying().(*types.Signature); !ok {
		return false
	}
	_, rec := recursiveFunc(n)
	return !rec
}
