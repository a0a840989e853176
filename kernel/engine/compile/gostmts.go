package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// goStmt starts goroutines from compiled code, which reports their
// panics instead of letting them end the kernel:
//
//	go f(a, b)  →  __gk.Go(f, a, b)
//
// The function and its arguments are evaluated where the go statement
// stands, as Go does. The interpreter's own go statement races on the
// frame of a loop that starts goroutines (a function value read as nil).
// Builtins, and calls taking a tuple, keep a go statement:
//
//	go close(c)  →  go func(a0 C) { defer __gk_recover(); close(a0) }(c)
func (r *rewriter) goStmt(g *ast.GoStmt) {
	call := g.Call
	if r.logStmt(g.Go, call, false) {
		return
	}
	builtin := false
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		_, builtin = r.info.Uses[id].(*types.Builtin)
	}
	tuple := false
	if len(call.Args) == 1 {
		_, tuple = r.info.Types[call.Args[0]].Type.(*types.Tuple)
	}
	if builtin || tuple || r.madeMethodCall(call) || r.off(call.Lparen) < 0 || r.off(call.Rparen) < 0 {
		r.wrapCall(g.Go, call, func(call string) string {
			return "go func(%s) { defer __gk_recover(); " + call + " }"
		})
		return
	}
	if r.concreteToIfaceArg(call) || r.variadicValue(call) {
		// Passed through Go's ...any, a value loses the interface the
		// parameter wants ("Call using int as type
		// interp.valueInterface"): the call is made in a closure.
		r.wrapCall(g.Go, call, func(call string) string {
			return rtName + ".Go((func(%s) func() { return func() { " + call + " } })"
		}, ")")
		return
	}
	start := rtName + ".Go("
	if call.Ellipsis.IsValid() {
		start = rtName + ".GoSlice("
		r.ed.replace(r.off(call.Ellipsis), r.off(call.Ellipsis)+3, "")
	}
	r.ed.replace(r.off(g.Go), r.off(call.Fun.Pos()), start)
	if len(call.Args) == 0 {
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, "")
	} else {
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, ", ")
	}
	for i, a := range call.Args {
		// An untyped constant takes the parameter's type (passed as any,
		// it would take its default type).
		if b, ok := r.info.Types[a].Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			if pt := r.paramType(call, i); pt != nil {
				if b.Kind() == types.UntypedNil {
					r.ed.insert(r.off(a.Pos()), "("+r.typeString(pt)+")(")
				} else {
					r.ed.insert(r.off(a.Pos()), r.typeString(pt)+"(")
				}
				r.ed.insert(r.off(a.End()), ")")
			}
		}
	}
}

// deferStmt evaluates a deferred call's arguments where the defer statement
// stands (the interpreter evaluates them when the call runs, but takes the
// deferred function's value at once):
//
//	defer f(x)  →  { d := (func(f_ F, a0 X) func() { return func() { f_(a0) } })(f, x); defer d() }
//
// A deferred call without arguments is left alone (recover must stay
// directly in the deferred function).
func (r *rewriter) deferStmt(d *ast.DeferStmt) {
	if r.deferLit(d) || r.logStmt(d.Defer, d.Call, true) || r.deferRecovering(d) {
		return
	}
	if r.variadicValue(d.Call) {
		// defer logf("%d-%d", 1, 2) of a func value: the interpreter's
		// deferred call of one packs or spreads the arguments wrongly.
		name := r.uniq("d")
		r.wrapCall(d.Defer, d.Call, func(call string) string {
			return "{ " + name + " := (func(%s) func() { return func() { " + call + " } })"
		}, "; defer "+name+"() }")
		return
	}
	if len(d.Call.Args) == 0 {
		if r.deferFuncValue(d) {
			return
		}
		sel, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		ix, elem := ast.Unparen(sel.X).(*ast.IndexExpr)
		elem = elem && r.info.Types[ix.Index].Value == nil // defer g[i].Bump(): g[i] now
		s := r.info.Selections[sel]
		if !r.madeMethodCall(d.Call) && !r.isLoopVar(sel.X) && (!elem && !r.loopLocalMethod(d) || s == nil || s.Kind() != types.MethodVal) {
			return
		}
		// defer t.Show() of a loop variable t, or of a variable declared
		// in a loop's body: the method value (with its receiver) is made
		// where the defer statement stands.
		name := r.uniq("d")
		r.wrapCall(d.Defer, d.Call, func(call string) string {
			return "{ " + name + " := (func(%s) func() { return func() { " + call + " } })"
		}, "; defer "+name+"() }")
		return
	}
	// (defer panic("x") would panic at once: its call is wrapped.)
	constant := !isBuiltinNamed(r.info, d.Call.Fun, "panic")
	for _, a := range d.Call.Args {
		if r.info.Types[a].Value == nil {
			constant = false
		}
	}
	if constant && !r.loopLocalMethod(d) && !r.madeMethodCall(d.Call) {
		r.deferFuncValue(d) // defer g(1): g taken at the defer
		return
	}
	name := r.uniq("d")
	r.wrapCall(d.Defer, d.Call, func(call string) string {
		return "{ " + name + " := (func(%s) func() { return func() { " + call + " } })"
	}, "; defer "+name+"() }")
}

// loopLocalMethod reports whether d defers a method of a value reached
// from a variable declared in a loop's body (see loopLocal).
func (r *rewriter) loopLocalMethod(d *ast.DeferStmt) bool {
	sel, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := r.info.Selections[sel]
	return s != nil && s.Kind() == types.MethodVal && r.loopLocal(d, sel.X)
}

// rootIdent returns the variable name an expression of fields, elements
// and dereferences starts from (h in h.r[0].x), or nil.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// loopLocal reports whether e is a variable declared in the body of a loop
// that encloses statement n in its function (the interpreter gives it one
// place for all iterations).
func (r *rewriter) loopLocal(n ast.Node, e ast.Expr) bool {
	id := rootIdent(e)
	if id == nil {
		return false
	}
	v, ok := r.info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	for _, body := range r.loopsAround(n) {
		if v.Pos() > body.Lbrace && v.Pos() < body.Rbrace {
			return true
		}
	}
	return false
}

// tupleArg returns the results of the call that is call's only argument,
// or nil.
func (r *rewriter) tupleArg(call *ast.CallExpr) *types.Tuple {
	if len(call.Args) != 1 {
		return nil
	}
	tup, _ := r.info.Types[call.Args[0]].Type.(*types.Tuple)
	return tup
}

// tuplePrepend is a function literal that takes a value of type ft and
// returns a function giving back that value followed by the values of
// tup:
//
//	(func(v F) func(T0, T1) (F, T0, T1) { return func(a0 T0, a1 T1) (F, T0, T1) { return v, a0, a1 } })
func (r *rewriter) tuplePrepend(ft types.Type, tup *types.Tuple) string {
	v, fs := r.uniq("tv"), r.typeString(ft)
	var ts, ps, ns []string
	for i := 0; i < tup.Len(); i++ {
		n, t := r.uniq("tp"), r.typeString(tup.At(i).Type())
		ts, ps, ns = append(ts, t), append(ps, n+" "+t), append(ns, n)
	}
	res := "(" + fs + ", " + strings.Join(ts, ", ") + ")"
	return "(func(" + v + " " + fs + ") func(" + strings.Join(ts, ", ") + ") " + res + " { return func(" + strings.Join(ps, ", ") + ") " +
		res + " { return " + v + ", " + strings.Join(ns, ", ") + " } })"
}

// copyArg converts an argument a of type t that goes into an any at a go
// or defer statement to its own type, which copies it there (the
// interpreter's interface value shares a variable's storage, and other
// rewrites may have given it another type, the tag of fmt's arguments).
func (r *rewriter) copyArg(a ast.Expr, t types.Type) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !r.cellValue(t) || r.shadowedType(n, a) || r.off(a.Pos()) < 0 || r.off(a.End()) < 0 {
		return
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array, *types.Basic:
		r.ed.insertLast(r.off(a.Pos()), r.typeString(t)+"(")
		r.ed.insertFirst(r.off(a.End()), ")")
	}
}

// paramType returns the type of the parameter of call's function that
// argument i goes to.
func (r *rewriter) paramType(call *ast.CallExpr, i int) types.Type {
	sig, ok := r.typeOf(call.Fun).(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return nil
	}
	if sig.Variadic() && i >= sig.Params().Len()-1 {
		last := sig.Params().At(sig.Params().Len() - 1).Type()
		if s, ok := last.(*types.Slice); ok && !call.Ellipsis.IsValid() {
			return s.Elem()
		}
		return last
	}
	if i < sig.Params().Len() {
		return sig.Params().At(i).Type()
	}
	return nil
}

// assigned reports whether n assigns to obj (directly, not through a
// pointer).
func assigned(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == obj
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if is(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				found = true
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && (n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// concreteToIfaceArg reports a call passing a value (concrete, or of an
// interface type) to a parameter of a non-empty interface type.
func (r *rewriter) concreteToIfaceArg(call *ast.CallExpr) bool {
	for i, a := range call.Args {
		t, pt := r.info.TypeOf(a), r.paramType(call, i)
		if t == nil || pt == nil || isNil(t) {
			continue
		}
		if iface, ok := pt.Underlying().(*types.Interface); ok && !iface.Empty() {
			return true
		}
	}
	return false
}

// callbackParams are the compiled functions that run a function argument
// (at the index given) on a goroutine of their own, by FullName.
var callbackParams = map[string]int{
	"time.AfterFunc":                            1,
	"context.AfterFunc":                         1,
	"(*sync.WaitGroup).Go":                      0,
	"(*golang.org/x/sync/errgroup.Group).Go":    0,
	"(*golang.org/x/sync/errgroup.Group).TryGo": 0,
}

// callbackArgs guards a function handed to compiled code that runs it on
// a goroutine of its own: its panic is the cell's error, as a go
// statement's is, instead of ending the process.
//
//	time.AfterFunc(d, f)  →  time.AfterFunc(d, __gk.Guard(f))
func (r *rewriter) callbackArgs(call *ast.CallExpr) {
	fn := r.calledFunc(call.Fun)
	if fn == nil {
		return
	}
	i, ok := callbackParams[fn.FullName()]
	if !ok || i >= len(call.Args) || r.off(call.Args[i].Pos()) < 0 {
		return
	}
	a := call.Args[i]
	sig, ok := r.typeOf(a).Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 0 {
		return
	}
	guard := rtName + ".Guard("
	switch {
	case sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type()):
		guard = rtName + ".GuardErr("
	case sig.Results().Len() != 0:
		return
	}
	r.ed.insert(r.off(a.Pos()), guard)
	r.ed.insert(r.off(a.End()), ")")
}
