package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// ifaceArgs converts values of the cell's types passed to an interface
// parameter of a compiled function in a function literal, where the
// interpreter fails to wrap them ("cannot use *struct {…} as type
// slog.Handler"): the result of a call, and any variadic argument.
//
//	slog.New(NewH(w))  →  slog.New(func() slog.Handler { return NewH(w) }())
func (r *rewriter) ifaceArgs(call *ast.CallExpr) {
	if call.Ellipsis.IsValid() {
		return
	}
	sig, ok := r.typeOf(call.Fun).(*types.Signature)
	if !ok {
		return
	}
	// fmt's and log's writers (fmt.Fprint(w, …)) are converted too, only
	// from cell interfaces and named func types (their other arguments
	// have rules of their own).
	kernelPkg := false
	if !r.compiledCallee(call.Fun) {
		fn := r.calledFunc(call.Fun)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log" {
			return
		}
		kernelPkg = true
	}
	for i, a := range call.Args {
		at := r.info.Types[a].Type
		if at != nil && cellNonEmptyIface(at, r.pkg) {
			// A value of a cell's interface (w of type interface{
			// io.Writer; io.Closer }) converted by a function's result.
			if pt := r.paramType(call, i); pt != nil && compiledIface(pt, r.pkg) && !types.Identical(pt, at) {
				r.convertToCompiled(a, at, pt)
			}
			continue
		}
		if at == nil || !r.cellValue(at) {
			continue
		}
		_, namedSlice := at.Underlying().(*types.Slice)
		_, namedFunc := at.Underlying().(*types.Signature)
		if kernelPkg && !namedFunc {
			continue
		}
		variadic := sig.Variadic() && i >= sig.Params().Len()-1
		if !variadic && !namedSlice && !namedFunc {
			c, isCall := ast.Unparen(a).(*ast.CallExpr)
			if !isCall || r.isConversion(c) {
				continue
			}
		}
		pt := r.paramType(call, i)
		if pt == nil {
			continue
		}
		iface, ok := pt.Underlying().(*types.Interface)
		if !ok || iface.Empty() {
			continue
		}
		if namedSlice {
			// A nil slice would become a nil interface: an empty one
			// behaves the same for its methods.
			ts := r.typeString(at)
			r.ed.insert(r.off(a.Pos()), "func(v "+ts+") "+r.typeString(pt)+" { if v == nil { v = "+ts+"{} }; return v }(")
			r.ed.insert(r.off(a.End()), ")")
			continue
		}
		if r.typedNilError(a, at, pt) {
			continue
		}
		if namedFunc {
			// Through a parameter: the interface holds the value now,
			// not the variable (mux.Handle(p, h) in a loop kept the last h).
			r.ed.insert(r.off(a.Pos()), "func(v "+r.typeString(at)+") "+r.typeString(pt)+" { return v }(")
			r.ed.insert(r.off(a.End()), ")")
			continue
		}
		r.ed.insert(r.off(a.Pos()), "func() "+r.typeString(pt)+" { return ")
		r.ed.insert(r.off(a.End()), " }()")
	}
}

// convertToCompiled writes e, of the cell's interface type at, through
// ifaceToCompiled to the compiled interface type pt; a call's result goes
// through a conversion to its own type first (passed on straight, the
// interpreter finds none of its methods).
func (r *rewriter) convertToCompiled(e ast.Expr, at, pt types.Type) {
	head, conv := r.ifaceResult(e)
	tail := ")"
	if conv {
		tail = "))"
	}
	r.ed.insert(r.off(e.Pos()), r.ifaceToCompiled(at, pt)+"("+head)
	r.ed.insert(r.off(e.End()), tail)
}

// ifaceToCompiled is a function converting a value of the cell's
// interface type at to the compiled interface type pt through the
// session's concrete types: converted as it is, the interpreter's wrapper
// calls the methods on a copy of the value (a counting writer counted
// nothing), a struct value put back into the interpreter's wrapper (see
// selfWrap).
//
//	func(v WC) io.Writer { if x, ok := v.(*counter); ok { return x }; return v }
func (r *rewriter) ifaceToCompiled(at, pt types.Type) string {
	ats, pts := r.typeString(at), r.typeString(pt)
	var b strings.Builder
	b.WriteString("func(v " + ats + ") " + pts + " { if v == nil { return nil }; ")
	if iface, ok := pt.Underlying().(*types.Interface); ok {
		impl, _ := r.sessionTypesFor(iface, at)
		for _, t := range impl {
			b.WriteString("if x, ok := v.(" + r.typeString(t) + "); ok { " + r.returnWrapped(t, pt, "x") + " }; ")
		}
	}
	b.WriteString("return v }")
	return b.String()
}

// compiledCallee reports a call of a function or method of a compiled
// package (other than those the kernel replaces: errors, fmt, log).
func (r *rewriter) compiledCallee(fun ast.Expr) bool {
	fn := r.calledFunc(fun)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == r.pkg {
		return false
	}
	switch fn.Pkg().Path() {
	case "errors", "fmt", "log":
		return false
	}
	return true
}

// calledFunc returns the function or method fun names (f, pkg.F, x.M),
// or nil.
func (r *rewriter) calledFunc(fun ast.Expr) *types.Func {
	fn, _ := r.info.Uses[calleeIdent(fun)].(*types.Func)
	return fn
}

// calleeIdent returns the name a call's function expression ends with
// (f, or M of pkg.M and x.M), or nil.
func calleeIdent(fun ast.Expr) *ast.Ident {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	case *ast.IndexExpr: // an explicit instantiation, F[int]
		return calleeIdent(f.X)
	case *ast.IndexListExpr:
		return calleeIdent(f.X)
	}
	return nil
}
