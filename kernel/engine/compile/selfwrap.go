package compile

import (
	"go/ast"
	"go/types"
)

// selfWrap converts e, a value of a struct type of the cells, going into
// an interface of compiled code other than error and fmt.Stringer (an
// io.Closer, a sort.Interface) through format.Rewrap: the interpreter's
// wrapper keeps the struct's last field where the value should be, and
// %T, assertions back to the type and the printer would see that field.
// (Error and String methods hand the value over themselves, see
// selfPrologue.) It reports whether it did.
//
//	var c io.Closer = T{"x"}  →  var c io.Closer = func(__gk_v T) io.Closer { __gk_w := func() io.Closer { return __gk_v }(); __gk.Rewrap(__gk_w, __gk_v); return __gk_w }(T{"x"})
func (r *rewriter) selfWrap(e ast.Expr, t, to types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg || n.TypeArgs().Len() > 0 {
		return false
	}
	if st, ok := n.Underlying().(*types.Struct); !ok || st.NumFields() == 0 {
		return false
	}
	if !compiledIface(to, r.pkg) || emptyIface(to) || errorOrStringer(to) || !types.Implements(t, to.Underlying().(*types.Interface)) {
		return false
	}
	if r.selfWrapped[e] {
		return true
	}
	if r.selfWrapped == nil {
		r.selfWrapped = map[ast.Expr]bool{}
	}
	r.selfWrapped[e] = true
	ts, is := r.typeString(t), r.typeString(to)
	r.ed.insert(r.off(e.Pos()), "func(__gk_v "+ts+") "+is+" { __gk_w := func() "+is+" { return __gk_v }(); "+rtName+".Rewrap(__gk_w, __gk_v); return __gk_w }(")
	r.ed.insert(r.off(e.End()), ")")
	return true
}

// errorOrStringer reports error and fmt.Stringer.
func errorOrStringer(t types.Type) bool {
	if types.Identical(t, types.Universe.Lookup("error").Type()) {
		return true
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "Stringer"
}
