package compile

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// foldConst replaces a constant expression (other than a literal) by its
// value, spelled with its type: the interpreter's constant arithmetic is
// unreliable (iota in implicit repetitions, untyped floats of compiled
// packages, redefined constants seen by code compiled before).
func (r *rewriter) foldConst(e ast.Expr) bool {
	tv, ok := r.info.Types[e]
	if !ok || tv.Value == nil || tv.Type == nil {
		return false
	}
	if r.intArrayLen(e, tv) {
		return true
	}
	switch x := e.(type) {
	case *ast.BasicLit:
		return false
	case *ast.Ident:
		if x.Name == "true" || x.Name == "false" || x.Name == "iota" {
			return false
		}
	}
	a, b := r.off(e.Pos()), r.off(e.End())
	if a < 0 || b < a {
		return false
	}
	if r.indexKeys[e] {
		r.ed.replace(a, b, constLiteral(tv))
		return true
	}
	r.ed.replace(a, b, "("+r.constText(tv)+")")
	return true
}

// intArrayLen writes an array type's length as an integer literal: the
// interpreter takes no float constant there ([1e3]byte, [N]int with
// const N = 1e3: "1000 not an Int").
func (r *rewriter) intArrayLen(e ast.Expr, tv types.TypeAndValue) bool {
	r.makeParents()
	at, ok := r.parents[e].(*ast.ArrayType)
	if !ok || at.Len != e || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return false
	}
	n := constant.ToInt(tv.Value)
	if n.Kind() != constant.Int {
		return false
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.INT {
		return false
	}
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), n.ExactString())
	return true
}

// constText writes a constant with its type: T(value) for a typed one.
func (r *rewriter) constText(tv types.TypeAndValue) string {
	lit := constLiteral(tv)
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return lit
	}
	return r.typeString(tv.Type) + "(" + lit + ")"
}
