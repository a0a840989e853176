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
