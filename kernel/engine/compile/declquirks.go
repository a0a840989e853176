package compile

import (
	"go/ast"
	"go/types"
)

// Type declarations the interpreter gets wrong.

// namedAny spells the empty interface of a named type declared as any
// (type Value any) as interface{}: the interpreter loses the dynamic
// types of values returned as such a type.
//
//	type Value any  →  type Value interface{}
func (r *rewriter) namedAny(ts *ast.TypeSpec) {
	id, ok := ts.Type.(*ast.Ident)
	if !ok || ts.Assign.IsValid() || id.Name != "any" || r.info.Uses[id] != types.Universe.Lookup("any") || r.off(id.Pos()) < 0 {
		return
	}
	r.ed.replace(r.off(id.Pos()), r.off(id.End()), "interface{}")
}

// definedFrom writes "type B A" with A's underlying type when the
// interpreter gets B wrong: A's underlying type is a function, map,
// channel or pointer type (it resolves B only as far as A: calling a B is
// "too many arguments", a B{…} literal crashes it), or A is a compiled
// package's basic type with methods (B keeps A's String: a type MyDur
// time.Duration printed as 1.5s).
//
//	type MyHandler http.HandlerFunc  →  type MyHandler func(http.ResponseWriter, *http.Request)
func (r *rewriter) definedFrom(ts *ast.TypeSpec) {
	if ts.Assign.IsValid() || ts.TypeParams != nil || r.off(ts.Type.Pos()) < 0 || r.off(ts.Type.End()) < 0 {
		return
	}
	src, ok := types.Unalias(r.info.TypeOf(ts.Type)).(*types.Named)
	if !ok {
		return
	}
	u := src.Underlying()
	switch u.(type) {
	case *types.Signature, *types.Map, *types.Chan, *types.Pointer:
	case *types.Basic:
		if src.Obj().Pkg() == nil || src.Obj().Pkg() == r.pkg || src.NumMethods() == 0 {
			return
		}
	default:
		return
	}
	if hasTypeParam(u) {
		return
	}
	r.ed.replace(r.off(ts.Type.Pos()), r.off(ts.Type.End()), r.typeString(u))
}
