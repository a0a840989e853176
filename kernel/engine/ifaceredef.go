package engine

import (
	"go/ast"

	"gokernel/kernel/engine/compile"
)

// The engine's ifaceRedefined is set once a cell redefines an interface
// type of an earlier cell: the interpreter's "method not found" then
// mostly means a value put in the interface before it gained the method;
// before, it means a nil interface value (see fixPanic).

// ifaceDecls returns the declarations of the session's interface types.
func (e *Engine) ifaceDecls() map[string]ast.Node {
	out := map[string]ast.Node{}
	for k, d := range e.comp.Session().Decls {
		if d.Kind != compile.KindType {
			continue
		}
		gd, ok := d.Node.(*ast.GenDecl)
		if !ok || len(gd.Specs) == 0 {
			continue
		}
		if ts, ok := gd.Specs[0].(*ast.TypeSpec); ok {
			if _, ok := ts.Type.(*ast.InterfaceType); ok {
				out[k] = d.Node
			}
		}
	}
	return out
}

// noteIfaceRedefined sets e.ifaceRedefined when an interface type of before
// (ifaceDecls before a cell) has another declaration now.
func (e *Engine) noteIfaceRedefined(before map[string]ast.Node) {
	if e.ifaceRedefined.Load() || len(before) == 0 {
		return
	}
	for k, n := range e.ifaceDecls() {
		if old, ok := before[k]; ok && old != n {
			e.ifaceRedefined.Store(true)
			return
		}
	}
}
