package compile

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Comparisons the interpreter rejects (see also ifaceEqual).

// unnamedEqual converts the unnamed operand of a comparison between a
// named type and an unnamed type with the same underlying type (p ==
// struct{ X, Y int }{1, 2}) to the named type, which the interpreter
// needs ("mismatched types").
//
//	p == anon  →  p == P(anon)
func (r *rewriter) unnamedEqual(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	x, y := r.info.TypeOf(b.X), r.info.TypeOf(b.Y)
	if x == nil || y == nil || types.Identical(x, y) {
		return
	}
	conv := func(e ast.Expr, named, other types.Type) {
		if _, ok := types.Unalias(named).(*types.Named); !ok || types.IsInterface(named) || r.off(e.Pos()) < 0 {
			return
		}
		switch types.Unalias(other).(type) {
		case *types.Struct, *types.Array, *types.Pointer, *types.Chan:
		default:
			return
		}
		if !types.Identical(named.Underlying(), other) {
			return
		}
		r.ed.insert(r.off(e.Pos()), "("+r.typeString(named)+")(")
		r.ed.insert(r.off(e.End()), ")")
	}
	conv(b.Y, x, y)
	conv(b.X, y, x)
}
