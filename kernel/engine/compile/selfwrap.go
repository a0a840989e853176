package compile

import (
	"go/ast"
	"go/types"
)

// selfWrap converts e, a value of a struct type of the cells, going into
// an interface of compiled code (an io.Closer, a sort.Interface; error
// and fmt.Stringer only as selfWrappable says) through format.Rewrap:
// the interpreter's wrapper keeps the struct's last field where the value
// should be, and %T, assertions back to the type and the printer would
// see that field. (Error and String methods hand the value over
// themselves, see selfPrologue.) It reports whether it did.
//
//	var c io.Closer = T{"x"}  →  var c io.Closer = func(__gk_v T) io.Closer { __gk_w := func() io.Closer { return __gk_v }(); __gk.Rewrap(__gk_w, __gk_v); return __gk_w }(T{"x"})
func (r *rewriter) selfWrap(e ast.Expr, t, to types.Type) bool {
	if !r.selfWrappable(t, to) {
		return false
	}
	r.makeParents()
	if call, ok := r.parents[e].(*ast.CallExpr); ok && !r.wrappedArgs[e] && !r.calledAtDefer[call] {
		switch r.parents[call].(type) {
		case *ast.DeferStmt, *ast.GoStmt:
			// A deferred call that wrapCall did not write with the
			// interface's type for e ("reflect: Call using io.Writer as
			// type struct {…}").
			return false
		}
	}
	if r.selfWrapped[e] {
		return true
	}
	if r.selfWrapped == nil {
		r.selfWrapped = map[ast.Expr]bool{}
	}
	r.selfWrapped[e] = true
	r.ed.insert(r.off(e.Pos()), "func(__gk_v "+r.typeString(t)+") "+r.typeString(to)+" { "+r.selfWrapText(t, to, "__gk_v")+"return __gk_w }(")
	r.ed.insert(r.off(e.End()), ")")
	return true
}

// selfWrappable reports a struct type t of the cells (one without fields
// has a hidden one, see hiddenTagField) going into to, an interface of
// compiled code that t implements (see selfWrap): not error or
// fmt.Stringer, unless t's last field is a pointer to a struct of the
// cells.
func (r *rewriter) selfWrappable(t, to types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg || hasTypeParam(n) {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok || !compiledIface(to, r.pkg) || emptyIface(to) || !types.Implements(t, to.Underlying().(*types.Interface)) {
		return false
	}
	if errorOrStringer(to) {
		if st.NumFields() == 0 {
			return false // (its Error or String hands the value over)
		}
		// Its Error or String hands the value over, unless the field
		// kept is a pointer to a struct of the cells, which the
		// runtime takes for the value itself (type M struct{ *K }), or
		// the method is promoted from an embedded type of compiled code
		// (struct{ *fs.PathError; Code int }).
		return r.cellValue(st.Field(st.NumFields()-1).Type()) && isPointer(st.Field(st.NumFields()-1).Type()) ||
			r.compiledMethod(t, to.Underlying().(*types.Interface).Method(0).Name())
	}
	return true
}

// compiledMethod reports whether the method name of t's method set is
// declared by a type of compiled code (promoted from an embedded field).
func (r *rewriter) compiledMethod(t types.Type, name string) bool {
	sel := types.NewMethodSet(t).Lookup(nil, name)
	if sel == nil {
		return false
	}
	pkg := sel.Obj().Pkg()
	return pkg != nil && pkg != r.pkg && len(sel.Index()) > 1
}

// selfWrapText is the code converting v, of type t, to the interface
// type to in __gk_w as selfWrap does, or "" when t needs none.
func (r *rewriter) selfWrapText(t, to types.Type, v string) string {
	if !r.selfWrappable(t, to) {
		return ""
	}
	return rewrapText(r.typeString(to), v)
}

// returnWrapped is the statement returning v, of type t, as the
// interface type to (through selfWrapText when t needs it).
func (r *rewriter) returnWrapped(t, to types.Type, v string) string {
	if w := r.selfWrapText(t, to, v); w != "" {
		return w + "return __gk_w"
	}
	return "return " + v
}

// rewrapText is the code converting v to the interface type written is,
// in __gk_w, with v put back into the interpreter's wrapper (see
// format.Rewrap).
func rewrapText(is, v string) string {
	return "__gk_w := func() " + is + " { return " + v + " }(); " + rtName + ".Rewrap(__gk_w, " + v + "); "
}

// errorOrStringer reports error and fmt.Stringer.
func errorOrStringer(t types.Type) bool {
	if types.Identical(t, types.Universe.Lookup("error").Type()) {
		return true
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "Stringer"
}
