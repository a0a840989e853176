package compile

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"gokernel/kernel/engine/stdgen"
)

// useStd returns the interpreter's name for a generic function or type of
// the standard library (stdgen.Name), recording that the cell needs the
// source of its package.
func (c *Compiler) useStd(path, name string) (string, bool) {
	n, ok := stdgen.Name(path, name)
	if !ok {
		return "", false
	}
	if c.stdUsed == nil {
		c.stdUsed = map[string]bool{}
	}
	c.stdUsed[path] = true
	return n, true
}

// stdList returns the stdgen packages the cell uses, each after the
// packages it requires.
func (c *Compiler) stdList() []string {
	if len(c.stdUsed) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	var add func(p string)
	add = func(p string) {
		if seen[p] {
			return
		}
		seen[p] = true
		for _, r := range stdgen.Requires(p) {
			add(r)
		}
		out = append(out, p)
	}
	paths := make([]string, 0, len(c.stdUsed))
	for p := range c.stdUsed {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		add(p)
	}
	return out
}

// stdRef rewrites a reference to a generic function of the standard
// library (slices.Sort, or cmp.Compare[int]) into the stdgen declaration
// with every type argument spelled out: e is the whole expression (sel,
// or sel with explicit type arguments).
func (r *rewriter) stdRef(e ast.Expr, sel *ast.SelectorExpr) bool {
	if _, ok := r.info.Uses[sel.Sel].(*types.Func); !ok {
		return false
	}
	fn := r.info.Uses[sel.Sel].(*types.Func)
	if fn.Pkg() == nil || fn.Pkg() == r.pkg {
		return false
	}
	if _, isPkg := ast.Unparen(sel.X).(*ast.Ident); !isPkg {
		return false
	}
	if _, ok := r.info.Uses[ast.Unparen(sel.X).(*ast.Ident)].(*types.PkgName); !ok {
		return false
	}
	inst, ok := r.info.Instances[sel.Sel]
	if !ok || inst.TypeArgs.Len() == 0 {
		return false
	}
	if r.errorsAsType(e, fn, inst.TypeArgs) {
		return true
	}
	name, ok := r.c.useStd(fn.Pkg().Path(), fn.Name())
	if !ok {
		return false
	}
	args := make([]string, inst.TypeArgs.Len())
	for i := range args {
		args[i] = r.typeString(inst.TypeArgs.At(i))
	}
	if r.stdEqualCall(e, fn, inst.TypeArgs, args) {
		return true
	}
	ref := name + "[" + strings.Join(args, ", ") + "]"
	if sig, ok := r.info.TypeOf(e).(*types.Signature); ok && !r.called(e) {
		// Kept as a value (slices.SortFunc(x, slices.Compare)): the
		// interpreter's instance fails there ("reflect.Set: value of type
		// []int is not assignable to type func([]int, []int) int").
		ref = r.forwarder(sig, "__gk_a", ref)
		if r.keptInDeferFunc(e) {
			ref = "func() " + r.typeString(sig) + " { return " + ref + " }()" // see closureFrames
		}
	}
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), ref)
	return true
}

// stdSelector is stdRef for an expression whose X may be a selector.
func (r *rewriter) stdSelector(e, x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	return ok && r.stdRef(e, sel)
}

// markLitCalls records the calls of generic functions of the standard
// library among the elements of a composite literal: the interpreter
// fails on them there ("not a generic type"), so stdCallInLit wraps them.
func (r *rewriter) markLitCalls(lit *ast.CompositeLit) {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		// Also calls inside the element (E{append(slices.Clone(s), x)}),
		// but not those of nested literals, which are marked on their own.
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit, *ast.CompositeLit:
				return false
			case *ast.CallExpr:
				r.markLitCall(n)
			}
			return true
		})
	}
}

// markLitCall marks call when it calls a generic function of the standard
// library the kernel provides.
func (r *rewriter) markLitCall(call *ast.CallExpr) {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == r.pkg {
		return
	}
	if _, ok := stdgen.Name(fn.Pkg().Path(), fn.Name()); !ok {
		return
	}
	if r.litCalls == nil {
		r.litCalls = map[*ast.CallExpr]bool{}
	}
	r.litCalls[call] = true
}

// stdCallInLit wraps a call marked by markLitCalls in a function literal.
func (r *rewriter) stdCallInLit(call *ast.CallExpr) {
	if !r.litCalls[call] {
		return
	}
	tv, ok := r.info.Types[call]
	if !ok || tv.Type == nil {
		return
	}
	if _, isTuple := tv.Type.(*types.Tuple); isTuple {
		return
	}
	// Inside what the enclosing element's rules wrapped around the call
	// before (__gk_tag(…, ID) of an element of a []any).
	if isFuncType(tv.Type) {
		head, tail := assignedResult(r.uniq("lit"), r.typeString(tv.Type))
		r.ed.insert(r.off(call.Pos()), head)
		r.ed.insertFirst(r.off(call.End()), tail)
		return
	}
	r.ed.insert(r.off(call.Pos()), "func() "+r.typeString(tv.Type)+" { return ")
	r.ed.insertFirst(r.off(call.End()), " }()")
}
