package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Line markers. The interpreter reports a panic only with the function it
// happened in, so every function of a cell (and the cell itself) gets a
// variable holding the line of its statement running now: each statement
// that can panic is preceded by "__gk_lnN = ID". After a panic, the
// markers of the functions on the stack tell the exact lines, callers
// included (their marker holds the line of the call).

// Func describes a function of the session for tracebacks.
type Func struct {
	Name      string // as Go names it: "f", "T.M", "f.func1"; "" for a cell's top level
	Cell      string
	From, To  int    // lines of the cell the function spans
	Marker    string // the marker variable
	recursive bool
}

// Marker returns the cell and line of a marker value.
func (c *Compiler) Marker(id int) Origin {
	if id <= 0 || id > len(c.marks) {
		return Origin{}
	}
	return c.marks[id-1]
}

// FuncAt returns the innermost function of cell that spans line.
func (c *Compiler) FuncAt(cell string, line int) (Func, bool) {
	best, found := Func{}, false
	for i := len(c.funcs) - 1; i >= 0; i-- {
		f := c.funcs[i]
		if f.Cell != cell || line < f.From || line > f.To {
			continue
		}
		if !found || f.To-f.From < best.To-best.From {
			best, found = f, true
		}
	}
	return best, found
}

// Enclosing returns the innermost function of f's cell that spans f and
// is larger (the function a literal is in).
func (c *Compiler) Enclosing(f Func) (Func, bool) {
	best, found := Func{}, false
	for _, g := range c.funcs {
		if g.Cell != f.Cell || g.From > f.From || g.To < f.To || g.To-g.From <= f.To-f.From {
			continue
		}
		if !found || g.To-g.From < best.To-best.From {
			best, found = g, true
		}
	}
	return best, found
}

// markID returns the marker value for a line of a cell.
func (c *Compiler) markID(o Origin) int {
	if id, ok := c.markIndex[o]; ok {
		return id
	}
	c.marks = append(c.marks, o)
	c.markIndex[o] = len(c.marks)
	return len(c.marks)
}

// newFunc registers a function whose statements get markers and returns
// its marker variable.
func (r *rewriter) newFunc(name string, from, to token.Pos) string {
	marker := r.uniq("ln")
	fset := r.cell.Fset
	r.c.funcs = append(r.c.funcs, Func{Name: name, Cell: r.cell.Name,
		From: fset.Position(from).Line, To: fset.Position(to).Line, Marker: marker})
	r.markers = append(r.markers, marker)
	return marker
}

// markBody puts markers into a function body and, recursively, into the
// function literals it holds.
func (r *rewriter) markBody(body *ast.BlockStmt, name string) {
	if body == nil || r.off(body.Lbrace) < 0 {
		return
	}
	marker := r.newFunc(name, body.Lbrace, body.Rbrace)
	if r.callsItself(body) {
		r.pollEntry(body)
	}
	r.markStmts(body.List, marker, name, nil)
}

// pollText starts the bodies of loops: while a cell is being stopped,
// Poll ends the code of its goroutines (see the engine's stop.go).
// Reading the flag costs little; the call is made only then. It goes on
// the loop's line, where the debugger does not stop again.
const pollText = "if __gk_stop { " + rtName + ".Poll() }; "

// pollEntryText starts the bodies of recursive functions, which may run
// long without a loop. It has no block: the interpreter's debugger
// misreads the locals of a function that starts with one.
const pollEntryText = "_ = __gk_stop && " + rtName + ".Poll(); "

// poll starts the loop body with pollText.
func (r *rewriter) poll(body *ast.BlockStmt) {
	if at := r.off(body.Lbrace); at >= 0 {
		r.ed.insertFirst(at+1, pollText)
	}
}

// pollEntry starts the function body with pollEntryText.
func (r *rewriter) pollEntry(body *ast.BlockStmt) {
	if at := r.off(body.Lbrace); at >= 0 {
		r.ed.insertFirst(at+1, pollEntryText)
	}
}

// callsItself reports whether body calls the function it is the body of,
// or a function variable declared before it (a literal calling itself
// through the variable it is assigned to, a decorator's wrapped function).
func (r *rewriter) callsItself(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || found {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		switch o := r.info.Uses[calleeIdent(call.Fun)].(type) {
		case *types.Func:
			sc := o.Origin().Scope()
			found = sc != nil && sc.Pos() <= body.Lbrace && body.Rbrace <= sc.End()
		case *types.Var:
			_, isFunc := o.Type().Underlying().(*types.Signature)
			found = isFunc && !o.IsField() && o.Pos() < body.Lbrace
		}
		return true
	})
	return found
}

// markStmts marks a statement list and the lists nested in it.
// safe are the index pairs enclosing loops keep in range (see
// indexcheck.go).
func (r *rewriter) markStmts(list []ast.Stmt, marker, fn string, safe map[safePair]bool) {
	last := -1
	for _, s := range list {
		at := s.Pos()
		if u := unlabel(s); u != s && simpleStmt(u) && r.hoisted[s] == "" {
			// After a label a goto jumps to (L: s[i] = 1), which must
			// run the checks and set the marker again.
			at = u.Pos()
		}
		line := r.cell.Fset.Position(at).Line
		xs := r.checkedIndexes(unlabel(s), safe)
		set, onFail := "", ""
		if line != last {
			set = marker + " = " + itoa(r.c.markID(Origin{r.cell.Name, line})) + "; "
			if !r.risky(s, append(r.provenIndexes(s, safe), xs...)) {
				// Only the checks can panic: they set the marker.
				set, onFail = "", set
			}
		}
		// The checks' text first: it must not take in the marker inserted
		// where the statement (and maybe its first operand) starts.
		checks := r.checksText(xs, safe, onFail)
		hoisted := r.hoisted[s]
		if set != "" && hoisted != "" {
			// The marker before the calls taken out of the statement
			// (see operandsAfterCalls): they may panic.
			r.ed.removeInsert(r.off(s.Pos()), hoisted)
		}
		if set != "" {
			r.ed.insertFirst(r.off(at), set)
			last = line
			if hoisted != "" {
				r.ed.insertFirst(r.off(at), hoisted)
			}
		}
		if checks != "" {
			r.ed.insertFirst(r.off(at), checks)
		}
		r.markNested(s, marker, fn, safe)
	}
}

// simpleStmt reports a statement no break or continue can name: a label
// on it may move to a statement in front of it.
func simpleStmt(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.AssignStmt, *ast.ExprStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.ReturnStmt:
		return true
	}
	return false
}

func unlabel(s ast.Stmt) ast.Stmt {
	for {
		l, ok := s.(*ast.LabeledStmt)
		if !ok {
			return s
		}
		s = l.Stmt
	}
}

// markNested marks the statement lists inside s (bodies of if, for,
// switch...) and the function literals in it.
func (r *rewriter) markNested(s ast.Node, marker, fn string, safe map[safePair]bool) {
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			r.lits[fn]++
			name := "func" + itoa(r.lits[fn])
			if fn != "" {
				name = fn + "." + name
			}
			r.markBody(n.Body, name)
			return false
		case *ast.ForStmt:
			if n != s {
				r.markNested(n, marker, fn, safe)
				return false
			}
			r.poll(n.Body)
			r.markStmts(n.Body.List, marker, fn, r.loopSafe(n, safe))
			return false
		case *ast.RangeStmt:
			if n != s {
				r.markNested(n, marker, fn, safe)
				return false
			}
			r.poll(n.Body)
			r.markStmts(n.Body.List, marker, fn, r.loopSafe(n, safe))
			return false
		case *ast.BlockStmt:
			if n != s {
				r.markStmts(n.List, marker, fn, safe)
				return false
			}
		case *ast.CaseClause:
			r.markStmts(n.Body, marker, fn, safe)
			return false
		case *ast.CommClause:
			r.markStmts(n.Body, marker, fn, safe)
			return false
		}
		return true
	})
}

// risky reports whether a statement's own expressions (not those of nested
// blocks or function literals) can panic, but for the index and slice
// expressions checked ahead.
func (r *rewriter) risky(s ast.Stmt, checked []ast.Expr) bool {
	switch s := s.(type) {
	case *ast.LabeledStmt:
		return r.risky(s.Stmt, checked)
	case *ast.SendStmt, *ast.GoStmt, *ast.DeferStmt:
		return true
	case *ast.BlockStmt, *ast.EmptyStmt, *ast.BranchStmt:
		return false
	case *ast.AssignStmt:
		// Assigning to an entry of a nil map panics.
		for _, l := range s.Lhs {
			if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
				if _, isMap := r.typeOf(ix.X).(*types.Map); isMap {
					return true
				}
			}
		}
	case *ast.IncDecStmt:
		if ix, ok := ast.Unparen(s.X).(*ast.IndexExpr); ok {
			if _, isMap := r.typeOf(ix.X).(*types.Map); isMap {
				return true
			}
		}
	}
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.BlockStmt, *ast.FuncLit, *ast.CaseClause, *ast.CommClause:
			return false
		case *ast.CallExpr:
			if r.isConversion(n) && !r.toArray(n) || r.isSafeBuiltin(n) && !r.variableMake(n) {
				return true
			}
			found = true
		case *ast.CompositeLit:
			// A map literal hashes its keys: an interface key may be
			// unhashable.
			if m, isMap := r.typeOf(n).(*types.Map); isMap && isIface(m.Key().Underlying()) {
				found = true
			}
		case *ast.IndexExpr:
			m, isMap := r.typeOf(n.X).(*types.Map)
			if !isMap && !slices.Contains(checked, ast.Expr(n)) || isMap && isIface(m.Key().Underlying()) {
				found = true
			}
		case *ast.SliceExpr:
			if !slices.Contains(checked, ast.Expr(n)) {
				found = true
			}
		case *ast.StarExpr:
			found = true
		case *ast.TypeAssertExpr:
			found = true
		case *ast.SelectorExpr:
			if _, ptr := r.typeOf(n.X).(*types.Pointer); ptr {
				found = true
			}
		case *ast.BinaryExpr:
			if (n.Op == token.QUO || n.Op == token.REM) && r.info.Types[n.Y].Value == nil {
				found = true
			}
			if (n.Op == token.EQL || n.Op == token.NEQ) && (isIface(r.typeOf(n.X)) || isIface(r.typeOf(n.Y))) {
				found = true // comparing uncomparable types panics
			}
		}
		return !found
	})
	return found
}

// typeOf returns the underlying type of an expression, or nil.
func (r *rewriter) typeOf(e ast.Expr) types.Type {
	if tv, ok := r.info.Types[e]; ok && tv.Type != nil {
		return tv.Type.Underlying()
	}
	return nil
}

// isIface is types.IsInterface, false for nil.
func isIface(t types.Type) bool { return t != nil && types.IsInterface(t) }

func (r *rewriter) isConversion(call *ast.CallExpr) bool {
	tv, ok := r.info.Types[call.Fun]
	return ok && tv.IsType()
}

func (r *rewriter) isSafeBuiltin(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	if !ok {
		return false
	}
	switch b.Name() {
	case "panic", "close":
		return false
	}
	return true
}

// variableMake reports whether call is a make with a size that is not
// constant, which panics when out of range.
func (r *rewriter) variableMake(call *ast.CallExpr) bool {
	if !isBuiltinNamed(r.info, call.Fun, "make") {
		return false
	}
	for _, a := range call.Args[1:] {
		if r.info.Types[a].Value == nil {
			return true
		}
	}
	return false
}

// toArray reports whether a conversion makes an array or an array
// pointer of a slice, which panics when the slice is too short.
func (r *rewriter) toArray(conv *ast.CallExpr) bool {
	if len(conv.Args) != 1 {
		return false
	}
	if _, isSlice := r.typeOf(conv.Args[0]).(*types.Slice); !isSlice {
		return false
	}
	to := r.typeOf(conv.Fun)
	if p, ok := to.(*types.Pointer); ok {
		to = p.Elem().Underlying()
	}
	_, isArray := to.(*types.Array)
	return isArray
}

// displayName is how a function declaration is named in tracebacks.
func displayName(fd *ast.FuncDecl) string {
	if fd.Recv != nil && len(fd.Recv.List) > 0 {
		return recvTypeName(fd.Recv.List[0].Type) + "." + fd.Name.Name
	}
	return strings.TrimSpace(fd.Name.Name)
}
