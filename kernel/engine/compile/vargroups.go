package compile

import (
	"go/ast"
	"go/types"
)

// A function's var group whose values read variables the group declares
// (var ( low = 1; x = s[low] )): nothing the rewriter puts in front of a
// statement may go in front of such a group (see checkedIndexes and
// operandsAfterCalls).

// groupObjects returns the variables a var declaration declares.
func groupObjects(info *types.Info, gd *ast.GenDecl) map[types.Object]bool {
	own := map[types.Object]bool{}
	for _, sp := range gd.Specs {
		if vs, ok := sp.(*ast.ValueSpec); ok {
			for _, id := range vs.Names {
				if obj := info.Defs[id]; obj != nil {
					own[obj] = true
				}
			}
		}
	}
	return own
}

// groupUsesOwn reports whether a value of the var declaration gd reads a
// variable gd declares.
func groupUsesOwn(info *types.Info, gd *ast.GenDecl) bool {
	own := groupObjects(info, gd)
	for _, sp := range gd.Specs {
		if vs, ok := sp.(*ast.ValueSpec); ok {
			for _, v := range vs.Values {
				if usesAny(info, v, own) {
					return true
				}
			}
		}
	}
	return false
}

// usesAny reports whether e uses one of the objects in objs.
func usesAny(info *types.Info, e ast.Expr, objs map[types.Object]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && objs[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}
