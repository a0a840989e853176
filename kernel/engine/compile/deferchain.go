package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// deferChain gives the deferred calls of a function's own code (function
// literals, the session's functions and methods) that follow another
// deferred call a frame of their own. The interpreter runs
// a frame's deferred calls in one loop that a panic in one of them ends:
// the calls deferred before it never run, and none of them can recover
// the new panic (defer fmt.Println("done"); defer func() { … panic(r) }()
// never prints "done"). The statements from such a defer to the end of the
// body move into a function literal called at once, whose own deferred
// calls a panic leaves as Go does, to the outer frame's:
//
//	defer A; defer func() { … }(); body
//	→ defer A; func() { defer func() { … }(); body }()
//
// With unnamed results the literal returns them (return func() (int,
// error) { … }()); named results stay the function's, which every frame
// sees and sets, in a function without return statements (a recovering
// function that panics again).
func (r *rewriter) deferChain(ft *ast.FuncType, body *ast.BlockStmt, sig *types.Signature) {
	if body == nil || sig == nil || sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 ||
		r.off(body.Rbrace) < 0 || !hasDefer(body) || hasGoto(body) {
		return
	}
	var at []*ast.DeferStmt
	for i, st := range body.List {
		d, ok := st.(*ast.DeferStmt)
		if !ok || r.off(d.Pos()) < 0 {
			continue
		}
		if !r.mayPanicDeferred(d) {
			continue
		}
		if hasDefer(&ast.BlockStmt{List: body.List[:i]}) {
			at = append(at, d)
		}
	}
	if len(at) == 0 {
		return
	}
	for _, v := range tupleVars(sig.Results()) {
		if hasTypeParam(v.Type()) {
			return
		}
	}
	open, closing, ok := r.chainFrame(ft, sig, body)
	if !ok {
		return
	}
	depth := r.litsAround(body)
	r.chained = append(r.chained, [2]token.Pos{at[0].Pos(), body.Rbrace})
	for i, d := range at {
		r.ed.insertFirst(r.off(d.Pos()), open)
		r.ed.insertLast(r.off(body.Rbrace), closing)
		r.c.chains[Origin{r.cell.Name, r.cell.Fset.Position(d.Pos()).Line}] = depth + 1 + i
	}
}

// mayPanicDeferred reports a deferred call of a function literal, of a
// function or method of the session, or of a variable of its code, whose panics programs handle (a
// recovering function that panics again); deferred calls of the standard
// library (f.Close(), mu.Unlock()) are left alone.
func (r *rewriter) mayPanicDeferred(d *ast.DeferStmt) bool {
	var obj types.Object
	switch fn := ast.Unparen(d.Call.Fun).(type) {
	case *ast.FuncLit:
		return true
	case *ast.Ident:
		obj = r.info.Uses[fn]
	case *ast.SelectorExpr:
		if sel := r.info.Selections[fn]; sel != nil {
			obj = sel.Obj()
		} else {
			obj = r.info.Uses[fn.Sel] // pkg.F
		}
	}
	switch obj := obj.(type) {
	case *types.Func:
		// The cells' own, another package's called with arguments
		// (deferStmt makes it a closure of the cell: defer
		// regexp.MustCompile(expr)), or an interface's method, which a
		// cell's type may implement (defer c.Close() of an io.Closer).
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
			return true
		}
		return obj.Pkg() == r.pkg || len(d.Call.Args) > 0 || panickingStd[obj.FullName()]
	case *types.Var: // a closure deferred through a variable
		return obj.Pkg() == r.pkg
	case *types.Builtin: // defer close(ch), made a closure by deferStmt
		return len(d.Call.Args) > 0
	}
	return false
}

// panickingStd are the functions of the standard library without
// arguments whose deferred calls end their frame with a panic (a
// negative WaitGroup counter) or a Goexit.
var panickingStd = map[string]bool{"(*sync.WaitGroup).Done": true, "runtime.Goexit": true}

// litsAround counts the function literals body is in (its own included).
func (r *rewriter) litsAround(body *ast.BlockStmt) int {
	r.makeParents()
	n := 0
	for p := r.parents[body]; p != nil; p = r.parents[p] {
		if _, ok := p.(*ast.FuncLit); ok {
			n++
		}
	}
	return n
}

// ChainFrame reports whether a frame of a panic, at line of cell in the
// function the interpreter names fn, is one of the function literals
// deferChain adds, which tracebacks leave out.
func (c *Compiler) ChainFrame(cell string, line int, fn string) bool {
	depth, ok := c.chains[Origin{cell, line}]
	return ok && strings.Count(fn, ".func") == depth
}

// chainFrame writes the start and the end of the function literal a
// deferChain frame is; ok is false when there is none to write (named
// results set by a return statement with values).
func (r *rewriter) chainFrame(ft *ast.FuncType, sig *types.Signature, body *ast.BlockStmt) (open, closing string, ok bool) {
	res := sig.Results()
	if res.Len() == 0 {
		return "func() { ", " }(); ", true
	}
	if len(ft.Results.List[0].Names) > 0 {
		// The literal sets the function's results themselves (results of
		// its own would shadow them, or be copied over what its deferred
		// calls set), so it must not return (bare returns get their
		// results spelled out: namedReturns).
		if hasReturn(body) {
			return "", "", false
		}
		return "func() { ", " }(); return; ", true
	}
	var ts []string
	for _, v := range tupleVars(res) {
		ts = append(ts, r.typeString(v.Type()))
	}
	return "return func() (" + strings.Join(ts, ", ") + ") { ", " }(); ", true
}

// tupleVars lists the variables of a tuple.
func tupleVars(t *types.Tuple) []*types.Var {
	vs := make([]*types.Var, t.Len())
	for i := range vs {
		vs[i] = t.At(i)
	}
	return vs
}

// hasGoto reports a goto statement in body (not in function literals).
func hasGoto(body *ast.BlockStmt) bool {
	return outsideLits(body, func(n ast.Node) bool {
		b, ok := n.(*ast.BranchStmt)
		return ok && b.Tok == token.GOTO
	})
}

// outsideLits reports whether a node of n outside the function literals
// in it satisfies found.
func outsideLits(n ast.Node, found func(ast.Node) bool) bool {
	seen := false
	ast.Inspect(n, func(m ast.Node) bool {
		if _, lit := m.(*ast.FuncLit); lit || seen {
			return false
		}
		seen = m != nil && found(m)
		return !seen
	})
	return seen
}
