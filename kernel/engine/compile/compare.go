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
	// A bidirectional channel compared with a directional one (c == ch
	// with c a <-chan int): converted to the directional type.
	dir := func(e ast.Expr, to, from types.Type) {
		ct, ok1 := to.Underlying().(*types.Chan)
		cf, ok2 := from.Underlying().(*types.Chan)
		if ok1 && ok2 && ct.Dir() != types.SendRecv && cf.Dir() == types.SendRecv && types.Identical(ct.Elem(), cf.Elem()) && r.off(e.Pos()) >= 0 {
			r.ed.insert(r.off(e.Pos()), "("+r.typeString(to)+")(")
			r.ed.insert(r.off(e.End()), ")")
		}
	}
	dir(b.Y, x, y)
	dir(b.X, y, x)
}

// convNil writes the comparison with nil of a value converted to an
// interface (any(p) == nil) with its constant result: an interface holding
// a value of a concrete type is never nil, but the interpreter compares
// the value (a nil pointer was nil). The operand is still evaluated.
//
//	any(p) == nil  →  func(any) bool { return false }(any(p))
func (r *rewriter) convNil(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ || r.off(b.Pos()) < 0 || r.off(b.End()) < 0 {
		return
	}
	conv := b.X
	if isNil(r.info.TypeOf(b.X)) {
		conv = b.Y
	} else if !isNil(r.info.TypeOf(b.Y)) {
		return
	}
	call, ok := ast.Unparen(conv).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !r.isConversion(call) || !types.IsInterface(r.info.TypeOf(call)) {
		return
	}
	at := r.info.TypeOf(call.Args[0])
	if at != nil && hasTypeParam(at) && r.subst != nil {
		at = r.concrete(at) // in an instance: its type argument
	}
	if at == nil || types.IsInterface(at) || isNil(at) || hasTypeParam(at) {
		return
	}
	if r.off(conv.Pos()) < 0 || r.off(conv.End()) < 0 {
		return
	}
	result := "false"
	if b.Op == token.NEQ {
		result = "true"
	}
	// (A function literal: the interpreter also gets interface{}(q) wrong
	// inside && and ||.)
	r.ed.replace(r.off(b.Pos()), r.off(conv.Pos()), "func(any) bool { return "+result+" }(")
	r.ed.replace(r.off(conv.End()), r.off(b.End()), ")")
}
