package engine

import (
	"go/ast"

	"gokernel/kernel/engine/compile"
)

// The engine's typesRedefined is set once a cell redefines a type of an
// earlier cell: the interpreter's "method not found" then mostly means a
// value put in an interface before it gained the method, or one a
// redefinition could not carry over; before, it means a nil interface
// value (see fixPanic).

// typeDecls returns the declarations of the session's types.
func (e *Engine) typeDecls() map[string]ast.Node {
	out := map[string]ast.Node{}
	for k, d := range e.comp.Session().Decls {
		if d.Kind == compile.KindType {
			out[k] = d.Node
		}
	}
	return out
}

// noteTypesRedefined sets e.typesRedefined when a type of before
// (typeDecls before a cell) has another declaration now.
func (e *Engine) noteTypesRedefined(before map[string]ast.Node) {
	if e.typesRedefined.Load() || len(before) == 0 {
		return
	}
	for k, n := range e.typeDecls() {
		if old, ok := before[k]; ok && old != n {
			e.typesRedefined.Store(true)
			return
		}
	}
}
