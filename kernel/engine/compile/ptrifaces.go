package compile

import (
	"go/ast"
	"go/types"
)

// Values going into interfaces that the interpreter would keep in a
// form of its own: a reference to the variable a pointer came from, or a
// compiled call's result that fails comparisons with nil.

// compiledCallToIface converts to the cell's interface type to the result
// of a call of compiled code (strings.NewReader("x") passed as a Reader
// the cell declares, or returned as one): the interpreter keeps it in a
// form that panics when compared with nil. It reports whether it did.
//
//	describe(strings.NewReader("x"))  →  describe(Reader(strings.NewReader("x")))
func (r *rewriter) compiledCallToIface(e ast.Expr, t, to types.Type) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || t == nil || types.IsInterface(t) || isTuple(t) || r.isConversion(call) || r.cellValue(t) || hasTypeParam(t) || hasTypeParam(to) {
		return false
	}
	n, ok := types.Unalias(to).(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg || !nonEmptyIface(to) || r.off(e.End()) < 0 {
		return false
	}
	if _, local := localTypeName(n.Obj(), r.pkg); local {
		return false
	}
	r.ed.insert(r.off(e.Pos()), r.typeString(to)+"(")
	r.ed.insertLast(r.off(e.End()), ")")
	return true
}

// ptrVar reports whether e is a variable (or a field or element of one)
// of type t, a pointer to a cell type with methods: the interpreter's
// interface value made from it keeps a reference to the variable, not the
// pointer (after "var a any = p; p = &T{}", a holds the new pointer).
func (r *rewriter) ptrVar(e ast.Expr, t types.Type) bool {
	if _, ok := t.(*types.Pointer); !ok || !r.cellValue(t) || !r.variable(e) {
		return false
	}
	return types.NewMethodSet(t).Len() > 0
}

// copyPtr converts the pointer variable e (see ptrVar) of type t going
// into the interface type to, so that the interface holds the pointer:
// any(p) into an empty interface; (*T)(p) into another, outside loops (in
// a loop, the storage of a conversion is reused by the next iteration),
// and in a loop a call of a function made before it (see copyToIface),
// through a slice element when the value is passed as an argument.
func (r *rewriter) copyPtr(e ast.Expr, t, to types.Type, loop ast.Node, h how) {
	if r.converted[e] {
		return
	}
	if r.converted == nil {
		r.converted = map[ast.Expr]bool{}
	}
	r.converted[e] = true
	var head, tail string
	switch {
	case emptyIface(to):
		head, tail = r.typeString(to)+"(", ")"
	case loop == nil:
		head, tail = "("+r.typeString(t)+")(", ")"
	default:
		cp := r.uniq("cp")
		is := r.typeString(to)
		r.ed.insertFirst(r.off(loop.Pos()), cp+" := func(v "+r.typeString(t)+") "+is+" { return v }; ")
		head, tail = cp+"(", ")"
		if h == passed {
			// A call's result passed on as an argument would lose its
			// dynamic type (n.(*Ident) in the callee failed).
			head, tail = "[]"+is+"{"+head, tail+"}[0]"
		}
	}
	// Innermost: around the variable, inside other rewrites' wrappers.
	r.ed.insertLast(r.off(e.Pos()), head)
	r.ed.insertFirst(r.off(e.End()), tail)
}

// ptrConv copies the pointer variable converted to an interface by the
// conversion call (Namer(p)), as copyPtr.
func (r *rewriter) ptrConv(call *ast.CallExpr) {
	tv, ok := r.info.Types[call.Fun]
	if !ok || !tv.IsType() || len(call.Args) != 1 || !types.IsInterface(tv.Type) {
		return
	}
	arg := call.Args[0]
	if t := r.info.TypeOf(arg); t != nil && r.off(arg.Pos()) >= 0 && r.ptrVar(arg, t) {
		if r.off(arg.End()) >= 0 && r.typedNilError(arg, t, tv.Type) {
			// Its wrapper is a call, whose result is new each time.
			return
		}
		var loop ast.Node
		if l := r.loopOf(call); l != nil && r.off(l.Pos()) >= 0 {
			loop = l
		}
		r.copyPtr(arg, t, tv.Type, loop, intoVar)
	}
}
