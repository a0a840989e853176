package compile

import (
	"go/ast"
	"go/types"
)

// unsafeCall rewrites the calls of package unsafe's functions of Go 1.17
// and 1.20 that the interpreter lacks: String and StringData come from the
// kernel's symbols (with an int length), the generic Slice and SliceData
// from the runtime, asserted to their result type.
//
//	unsafe.String(p, n)   →  unsafe.String(p, int(n))
//	unsafe.Add(p, n)      →  unsafe.Add(p, int(n))
//	unsafe.Slice(p, n)    →  (__gk.UnsafeSlice(p, int(n)).([]T))
//	unsafe.SliceData(s)   →  (__gk.UnsafeSliceData(s).(*T))
func (r *rewriter) unsafeCall(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() {
		return
	}
	b, ok := r.info.Uses[sel.Sel].(*types.Builtin)
	if !ok || r.off(call.Pos()) < 0 || r.off(call.End()) < 0 {
		return
	}
	intLen := func() {
		if len(call.Args) != 2 || r.off(call.Args[1].Pos()) < 0 || r.off(call.Args[1].End()) < 0 {
			return
		}
		if t, ok := r.info.TypeOf(call.Args[1]).(*types.Basic); ok && t.Kind() == types.Int {
			return
		}
		// Innermost, inside other rules' wrappers of the length.
		r.ed.insertLast(r.off(call.Args[1].Pos()), "int(")
		r.ed.insertFirst(r.off(call.Args[1].End()), ")")
	}
	switch b.Name() {
	case "String", "Add":
		intLen() // (the interpreter's Add takes an int length too)
	case "Slice", "SliceData":
		t := r.info.TypeOf(call)
		if t == nil || hasTypeParam(t) && r.subst == nil {
			return
		}
		if b.Name() == "Slice" {
			intLen()
		}
		r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Fun.End()), "("+rtName+".Unsafe"+b.Name())
		r.ed.insertFirst(r.off(call.End()), ".("+r.typeString(t)+"))")
	}
}
