package compile

import (
	"go/ast"
	"go/token"
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
	deferred := r.called(e) && r.deferredOrGo(r.callOf(e))
	if sig, ok := r.info.TypeOf(e).(*types.Signature); ok && (!r.called(e) || deferred) {
		// Kept as a value (slices.SortFunc(x, slices.Compare)), also by
		// the rewrites of defer and go statements: the interpreter's
		// instance fails there ("reflect.Set: value of type []int is not
		// assignable to type func([]int, []int) int"; "invalid type").
		ref = r.forwarder(sig, "__gk_a", ref)
		if deferred || r.keptInDeferFunc(e) {
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
	if !r.stdCall(call) {
		return
	}
	if r.litCalls == nil {
		r.litCalls = map[*ast.CallExpr]bool{}
	}
	r.litCalls[call] = true
}

// stdCall reports whether call calls a generic function of the standard
// library the kernel provides.
func (r *rewriter) stdCall(call *ast.CallExpr) bool {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == r.pkg {
		return false
	}
	_, ok = stdgen.Name(fn.Pkg().Path(), fn.Name())
	return ok
}

// stdCallOperand wraps the left operand of && or || in (true && …) when
// it calls a generic function of the standard library: the interpreter
// reads the wrong result of such a call there (slices.Contains(s, v) &&
// ok was false, slices.Index(s, v) == 1 || ok panicked "reflect: call of
// reflect.Value.Bool on int Value"), but not as a right operand.
func (r *rewriter) stdCallOperand(b *ast.BinaryExpr) {
	if b.Op != token.LAND && b.Op != token.LOR {
		return
	}
	found := false
	ast.Inspect(b.X, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			found = found || r.stdCall(n)
		}
		return !found
	})
	if !found || r.off(b.X.Pos()) < 0 || r.off(b.X.End()) < 0 {
		return
	}
	r.ed.insertFirst(r.off(b.X.Pos()), "(true && ")
	r.ed.insertLast(r.off(b.X.End()), ")")
}

// startsMethodValue reports whether call starts or ends the receiver of a
// method value (unique.Make(s).Value, slices.Clone(ps)[0].Get): the
// rewrite of method values passes that receiver as an argument, with the
// text of what is inside it only.
func (r *rewriter) startsMethodValue(call *ast.CallExpr) bool {
	r.makeParents()
	for n := r.parents[call]; n != nil; n = r.parents[n] {
		switch p := n.(type) {
		case *ast.SelectorExpr:
			if s := r.info.Selections[p]; s != nil && s.Kind() == types.MethodVal && !r.called(p) &&
				(p.X.Pos() == call.Pos() || p.X.End() == call.End()) {
				return true
			}
		case *ast.ParenExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.SliceExpr, *ast.StarExpr, *ast.CallExpr:
		default:
			return false
		}
	}
	return false
}

// stdCallInLit wraps a call marked by markLitCalls in a function literal.
func (r *rewriter) stdCallInLit(call *ast.CallExpr) {
	if !r.litCalls[call] {
		return
	}
	if r.startsMethodValue(call) {
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
