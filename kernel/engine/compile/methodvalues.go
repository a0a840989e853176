package compile

import (
	"go/ast"
	"go/types"
)

// Method values, bound when they are made.

// methodValue binds the receiver of a method value of a cell type when
// the value is made, as Go does (the interpreter binds the variable, and
// method values made in a loop all end up on its last value):
//
//	w.Run  →  func(__gk_r *W) func(chan<- int) { return __gk_r.Run }(w)
func (r *rewriter) methodValue(sel *ast.SelectorExpr) bool {
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() != r.pkg {
		return false
	}
	xt := r.info.Types[sel.X].Type
	mt := r.info.Types[sel].Type
	if xt == nil || mt == nil || r.off(sel.Pos()) < 0 || r.off(sel.End()) < 0 {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv().Type()
	_, recvPtr := recv.(*types.Pointer)
	_, xPtr := xt.Underlying().(*types.Pointer)
	r.walk(sel.X)
	arg := r.text(sel.X.Pos(), sel.X.End())
	pt := xt
	switch {
	case types.IsInterface(xt):
	case recvPtr && !xPtr && r.isLoopVar(sel.X):
		// A variable of each iteration (Go 1.22): the interpreter shares
		// one among iterations, so the receiver is a copy made now.
		pt = types.NewPointer(xt)
		arg = "func(v " + r.typeString(xt) + ") *" + r.typeString(xt) + " { return &v }(" + arg + ")"
	case recvPtr && !xPtr:
		pt = types.NewPointer(xt)
		arg = "&(" + arg + ")"
	case !recvPtr && xPtr && len(s.Index()) == 1:
		// A value receiver copies the value when the method value is made.
		pt = recv
		arg = "*(" + arg + ")"
	case !recvPtr && len(s.Index()) > 1:
		// Promoted through an embedded pointer: the value it points to
		// is copied now (Go panics here on a nil one).
		if path, last, ok := r.embeddedField(sel); ok {
			if _, isPtr := last.(*types.Pointer); isPtr {
				pt, arg = recv, "*("+arg+path+")"
			}
		}
	}
	v := r.uniq("mr")
	r.ed.replaceOuter(r.off(sel.Pos()), r.off(sel.End()),
		"func("+v+" "+r.typeString(pt)+") "+r.typeString(mt)+" { return "+v+"."+sel.Sel.Name+" }("+arg+")")
	return true
}

// isLoopVar reports a variable a for or range statement declares.
func (r *rewriter) isLoopVar(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := r.info.Uses[id].(*types.Var)
	return ok && r.loopVarObjs[v]
}
