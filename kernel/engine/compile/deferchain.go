package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
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
// A statement holding such a defer in its blocks (if c { defer … })
// starts a frame too. The literal's return statements set the function's
// results (see chainFrame), which a recovering call deferred before then
// returns; where they cannot (a return in a loop), a literal with unnamed
// results returns them (return func() (int, error) { … }()).
func (r *rewriter) deferChain(ft *ast.FuncType, body *ast.BlockStmt, sig *types.Signature) {
	if body == nil || sig == nil ||
		r.off(body.Rbrace) < 0 || !hasDefer(body) || hasGoto(body) {
		return
	}
	// A chain starts at a deferred call that may panic, or at a
	// statement with one in its blocks (if c { defer func() { … }() }),
	// after another deferred call.
	var at []ast.Stmt
	var defers [][]*ast.DeferStmt
	for i, st := range body.List {
		ds := r.panickingDefers(st)
		if len(ds) == 0 || r.off(st.Pos()) < 0 {
			continue
		}
		if hasDefer(&ast.BlockStmt{List: body.List[:i]}) {
			at, defers = append(at, st), append(defers, ds)
		}
	}
	if len(at) == 0 {
		return
	}
	for _, v := range tupleVars(sig.Results()) {
		if hasTypeParam(v.Type()) && (r.substTypes == nil || hasTypeParam(r.concrete(v.Type()))) {
			return // (in an instance, of the type arguments)
		}
	}
	region := &ast.BlockStmt{List: body.List[slices.Index(body.List, at[0]):]}
	fr, ok := r.chainFrame(ft, sig, region)
	if !ok {
		return
	}
	depth := r.litsAround(body)
	r.chained = append(r.chained, [2]token.Pos{at[0].Pos(), body.Rbrace})
	for i, st := range at {
		// The first frame is the outermost; the closings at the body's
		// end go innermost first.
		open, closing := fr.open, fr.closing
		if i == 0 {
			open = fr.prefix + open
		}
		if i == len(at)-1 {
			closing = fr.last
		}
		r.ed.insertFirst(r.off(st.Pos()), open)
		r.ed.insertLast(r.off(body.Rbrace), closing)
		for _, d := range defers[i] {
			r.c.chains[Origin{r.cell.Name, r.cell.Fset.Position(d.Pos()).Line}] = depth + 1 + i
		}
	}
}

// topChain is deferChain for a cell's top-level statements, which run in
// the cell's function: the items from each deferred call that may panic
// after another deferred call (or holding one in its blocks) to the end
// run in a function literal of their own, which emitCellFunc writes
// (func() { at the item, }() at the end). It returns the items that
// start one.
func (r *rewriter) topChain(items []item) map[ast.Node]bool {
	var stmts []ast.Stmt
	for _, it := range items {
		st, ok := it.node.(ast.Stmt)
		if !ok {
			st = &ast.EmptyStmt{} // (a declaration: no defer in it)
		}
		stmts = append(stmts, st)
	}
	body := &ast.BlockStmt{List: stmts}
	if !hasDefer(body) || hasGoto(body) {
		return nil
	}
	starts := map[ast.Node]bool{}
	depth := 0
	for i, st := range stmts {
		ds := r.panickingDefers(st)
		if len(ds) == 0 || !hasDefer(&ast.BlockStmt{List: stmts[:i]}) {
			continue
		}
		starts[items[i].node] = true
		depth++
		for _, d := range ds {
			r.c.chains[Origin{r.cell.Name, r.cell.Fset.Position(d.Pos()).Line}] = depth
		}
	}
	return starts
}

// panickingDefers returns st if it is a deferred call that may panic
// (mayPanicDeferred), or those of the blocks of st, outside loops and
// function literals.
func (r *rewriter) panickingDefers(st ast.Stmt) []*ast.DeferStmt {
	var out []*ast.DeferStmt
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false
		case *ast.DeferStmt:
			if r.off(n.Pos()) >= 0 && r.mayPanicDeferred(n) {
				out = append(out, n)
			}
			return false
		}
		return true
	})
	return out
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

// chainFrame is the text of deferChain's function literals: prefix goes
// before the outermost, open starts each, closing ends each but the
// outermost, which last ends.
type chainFrame struct {
	prefix, open, closing, last string
}

// chainFrame writes the start and the end of the function literal a
// deferChain frame is; ok is false when there is none to write. The
// return statements of the region the literal holds set the function's
// results and leave the literal, as Go's set them before the deferred
// calls run, which may panic and be recovered: unnamed results get names
// (func f() int → func f() (__gk_r1 int)), named ones are set through
// their addresses (a block of the region may shadow their names).
func (r *rewriter) chainFrame(ft *ast.FuncType, sig *types.Signature, region *ast.BlockStmt) (fr chainFrame, ok bool) {
	res := sig.Results()
	if res.Len() == 0 {
		return chainFrame{open: "func() { ", closing: " }(); ", last: " }(); "}, true
	}
	var names, types []string
	var b strings.Builder
	named := len(ft.Results.List[0].Names) > 0
	for _, v := range tupleVars(res) {
		ts := r.typeString(v.Type())
		if named {
			if v.Name() == "_" {
				return fr, false
			}
			p := r.uniq("rp")
			b.WriteString(p + " := &" + r.varName(v) + "; ")
			names = append(names, "*"+p)
		} else {
			// (Set to zero on entry: see zeroResults.)
			n := r.uniq("r")
			b.WriteString(n + " = *new(" + ts + "); ")
			names = append(names, n)
		}
		types = append(types, ts)
	}
	if !r.chainReturns(region, names, types) {
		if named {
			return fr, false
		}
		open, closing := "return func() ("+strings.Join(types, ", ")+") { ", " }(); "
		return chainFrame{open: open, closing: closing, last: closing}, true
	}
	if named {
		return chainFrame{prefix: b.String(), open: "func() { ", closing: " }(); ", last: " }(); return; "}, true
	}
	if !ft.Results.Opening.IsValid() {
		r.ed.insertFirst(r.off(ft.Results.Pos()), "(")
		r.ed.insertLast(r.off(ft.Results.End()), ")")
	}
	for i, f := range ft.Results.List {
		r.ed.insertFirst(r.off(f.Type.Pos()), names[i]+" ")
	}
	return chainFrame{prefix: b.String(), open: "func() { ", closing: " }(); ",
		last: " }(); return " + strings.Join(names, ", ") + "; "}, true
}

// chainReturns writes the return statements of region as assignments of
// the function's results (names, of types) and a return from the
// chain's literal: return x, y → { a, b = func() (A, B) { return x, y }(); return }.
// It reports false, writing nothing, where it cannot: a return in a loop
// (loop rewrites write those), a return's position unknown.
func (r *rewriter) chainReturns(region *ast.BlockStmt, names, types []string) bool {
	var rets []*ast.ReturnStmt
	inLoop := false
	var visit func(n ast.Node, loop bool)
	visit = func(n ast.Node, loop bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				if m != n {
					visit(m, true)
					return false
				}
			case *ast.ReturnStmt:
				rets = append(rets, m)
				inLoop = inLoop || loop
			}
			return true
		})
	}
	visit(region, false)
	if inLoop {
		return false
	}
	for _, ret := range rets {
		if r.off(ret.Return) < 0 || r.off(ret.End()) < 0 {
			return false
		}
	}
	if r.chainedReturns == nil {
		r.chainedReturns = map[*ast.ReturnStmt]bool{}
	}
	for _, ret := range rets {
		r.chainedReturns[ret] = true
		switch {
		case len(ret.Results) == 0:
			r.inRewrittenLoop[ret] = true // (left bare: namedReturns)
		case len(names) == 1:
			// Through the variable's address (see rangeFuncWalk.ret).
			to := names[0]
			if !strings.HasPrefix(to, "*") {
				to = "*(&" + to + ")"
			}
			r.ed.replace(r.off(ret.Return), r.off(ret.Return)+len("return"), "{ "+to+" =")
			r.ed.insertFinal(r.off(ret.End()), "; return }")
		default:
			r.ed.replace(r.off(ret.Return), r.off(ret.Return)+len("return"),
				"{ "+strings.Join(names, ", ")+" = func() ("+strings.Join(types, ", ")+") { return")
			r.ed.insertFinal(r.off(ret.End()), " }(); return }")
		}
	}
	return true
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
