package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Two kinds of loops get their body moved into a function literal:
//
// Range over a function (Go 1.23 iterators), which the interpreter lacks,
// becomes a call of the iterator with the body as the yield function:
//
//	for k, v := range seq { body }
//	→ { ctl := 0; seq(func(k K, v V) bool { body'; return true }); if ctl == 1 { return ... } }
//
// A loop whose body has closures (or addresses) of its variables gets a
// frame per iteration, which Go 1.22 gives each iteration and the
// interpreter does not (all iterations share one frame):
//
//	for i := 0; i < n; i++ { body }
//	→ for i := 0; i < n; i++ { if c := func(i int) int { body'; return 0 }(i); c != 0 { if c == 1 { break }; ... } }
//
// In body', continue, break and return leave the function literal with a
// code the loop acts on after the call.

// loopKind tells the two apart.
type loopKind int

const (
	iterLoop  loopKind = iota // range over a function
	frameLoop                 // a frame per iteration
)

// rangeFuncs rewrites the loops of a function body (or of the cell's top
// level) that need a function literal; sig is the enclosing function's
// signature (nil: no results).
func (r *rewriter) rangeFuncs(sig *types.Signature, stmts []ast.Stmt) {
	rf := &rangeFuncWalk{r: r, sig: sig, labels: map[ast.Stmt]types.Object{}}
	for _, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			if l, ok := n.(*ast.LabeledStmt); ok {
				rf.labels[l.Stmt] = r.info.Defs[l.Label]
			}
			return true
		})
	}
	for _, s := range stmts {
		rf.walk(s, nil)
	}
}

// rangeFuncWalk is the state of rewriting one function.
type rangeFuncWalk struct {
	r   *rewriter
	sig *types.Signature
	// results names the variables that carry a return out of a loop's
	// function literal, shared by the nested loops of the function.
	results []string
	// labels holds the label of each labeled statement.
	labels map[ast.Stmt]types.Object
}

// loopCtx is an enclosing rewritten loop.
type loopCtx struct {
	kind  loopKind
	stmt  ast.Stmt // *ast.RangeStmt or *ast.ForStmt
	body  *ast.BlockStmt
	label string
	ctl   string
	outer *loopCtx
	// jumps are the statements that follow the iterator's call for the
	// labeled breaks and continues of statements outside the loop, by
	// their ctl code.
	jumps []string
}

// walk finds the loops to rewrite under n; in is the innermost enclosing
// rewritten loop (or nil).
func (rf *rangeFuncWalk) walk(n ast.Node, in *loopCtx) {
	ast.Inspect(n, func(n ast.Node) bool {
		label := ""
		if l, ok := n.(*ast.LabeledStmt); ok {
			label = l.Label.Name
			n = l.Stmt
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			sig, _ := rf.r.info.Types[n].Type.(*types.Signature)
			rf.r.rangeFuncs(sig, n.Body.List)
			rf.r.namedReturns(n.Type, n.Body)
			return false
		case *ast.RangeStmt:
			if rf.isFunc(n) {
				rf.iterLoop(n, label, in)
				return false
			}
			if rf.needsFrame(n, n.Body) {
				rf.frameLoop(n, n.Body, label, in)
				return false
			}
		case *ast.ForStmt:
			if rf.needsFrame(n, n.Body) {
				rf.frameLoop(n, n.Body, label, in)
				return false
			}
		}
		return true
	})
}

// bodyMoved reports whether rangeFuncs moves the body of loop into a
// function literal (a range over a function, or a loop that needs a frame
// per iteration).
func (r *rewriter) bodyMoved(loop ast.Stmt, body *ast.BlockStmt, label string) bool {
	rf := &rangeFuncWalk{r: r, labels: map[ast.Stmt]types.Object{}}
	if label != "" {
		// The loop's label, as the branches in its body name it.
		ast.Inspect(body, func(n ast.Node) bool {
			if b, ok := n.(*ast.BranchStmt); ok && b.Label != nil && b.Label.Name == label {
				if obj := r.info.Uses[b.Label]; obj != nil && obj.Pos() < loop.Pos() {
					rf.labels[loop] = obj
				}
			}
			return true
		})
	}
	if s, ok := loop.(*ast.RangeStmt); ok && rf.isFunc(s) {
		return true
	}
	return rf.needsFrame(loop, body)
}

// isFunc reports whether s ranges over a function.
func (rf *rangeFuncWalk) isFunc(s *ast.RangeStmt) bool {
	_, ok := rf.yield(s)
	return ok
}

// yield returns the signature of the iterator's yield function.
func (rf *rangeFuncWalk) yield(s *ast.RangeStmt) (*types.Signature, bool) {
	t := rf.r.typeOf(s.X)
	if tp, ok := rf.r.info.TypeOf(s.X).(*types.TypeParam); ok {
		// In an instance: of its type argument (S ~func(yield func(E) bool)).
		if c := rf.r.concrete(tp); c != nil && c != types.Type(tp) {
			t = c.Underlying()
		}
	}
	sig, ok := t.(*types.Signature)
	if !ok || sig.Params().Len() != 1 {
		return nil, false
	}
	y, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	return y, ok
}

// resultDecls declares the variables carrying returns out of loops, for an
// outermost rewritten loop whose body returns.
func (rf *rangeFuncWalk) resultDecls(body *ast.BlockStmt, outer *loopCtx) string {
	if outer == nil {
		rf.results = nil
	}
	if !hasReturn(body) || rf.sig == nil || rf.sig.Results().Len() == 0 || rf.results != nil {
		return ""
	}
	var decl string
	for i := 0; i < rf.sig.Results().Len(); i++ {
		name := rf.r.uniq("rv")
		rf.results = append(rf.results, name)
		decl += "var " + name + " " + rf.r.typeString(rf.sig.Results().At(i).Type()) + "; "
	}
	return decl
}

// propagate is the code that carries a return on after a loop's literal.
func (rf *rangeFuncWalk) propagate(outer *loopCtx) string {
	switch {
	case outer == nil:
		ret := "return"
		if len(rf.results) > 0 {
			ret += " " + strings.Join(rf.results, ", ")
		}
		return ret
	case outer.kind == iterLoop:
		return outer.ctl + " = 1; return false"
	default:
		return "return 2"
	}
}

// iterLoop rewrites one range-over-func loop.
func (rf *rangeFuncWalk) iterLoop(s *ast.RangeStmt, label string, outer *loopCtx) {
	r := rf.r
	ysig, _ := rf.yield(s)
	decl := rf.resultDecls(s.Body, outer)
	ctx := &loopCtx{kind: iterLoop, stmt: s, body: s.Body, label: label, ctl: r.uniq("ctl"), outer: outer}

	// The yield function's parameters: the loop variables, or fresh names
	// assigned to them.
	var params, assigns []string
	vars := []ast.Expr{s.Key, s.Value}
	for i := 0; i < ysig.Params().Len(); i++ {
		typ := r.typeString(ysig.Params().At(i).Type())
		var v ast.Expr
		if i < len(vars) {
			v = vars[i]
		}
		switch {
		case v == nil:
			params = append(params, "_ "+typ)
		case s.Tok == token.DEFINE:
			params = append(params, r.exprText(v)+" "+typ)
		default:
			p := r.uniq("p")
			params = append(params, p+" "+typ)
			assigns = append(assigns, r.exprText(v)+" = "+p+"; ")
		}
	}
	rf.branches(ctx)
	for _, st := range s.Body.List {
		rf.walk(st, ctx)
	}
	// The yield function called again once it returned false (after a
	// break, a return or a jump out), or after the loop, panics as Go's
	// does: ctl is -1 after a break, -2 after the loop.
	check := "if " + ctx.ctl + " != 0 { " + rtName + ".RangeContinued(" + ctx.ctl + " == -2) }; "
	var after string
	if hasReturn(s.Body) || len(ctx.jumps) > 0 {
		cx := r.uniq("cx")
		after = cx + " := " + ctx.ctl + "; " + ctx.ctl + " = -2; "
		if hasReturn(s.Body) {
			after += "if " + cx + " == 1 { " + rf.propagate(outer) + " }; "
		}
		for i, j := range ctx.jumps {
			after += "if " + cx + " == " + itoa(i+2) + " { " + j + " }; "
		}
	} else {
		after = ctx.ctl + " = -2; "
	}
	// A label stays, on the block; nothing refers to it any more. An
	// operand is called as it is: the interpreter fails to call a
	// declared function in parentheses, (seq)(f).
	open, closing := "(", ")"
	switch ast.Unparen(s.X).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr, *ast.CallExpr:
		open, closing = "", ""
	}
	r.ed.replace(r.off(s.For), r.off(s.X.Pos()), "{ "+decl+ctx.ctl+" := 0; _ = "+ctx.ctl+"; "+open)
	r.ed.replace(r.off(s.X.End()), r.off(s.Body.Lbrace)+1,
		closing+"(func("+strings.Join(params, ", ")+") bool { "+check+strings.Join(assigns, ""))
	r.ed.replace(r.off(s.Body.Rbrace), r.off(s.Body.Rbrace)+1, "; return true }); "+after+"}")
}

// loopVars returns the variables a loop statement declares.
func (rf *rangeFuncWalk) loopVars(s ast.Stmt) []*ast.Ident {
	var out []*ast.Ident
	add := func(e ast.Expr) {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" && rf.r.info.Defs[id] != nil {
			out = append(out, id)
		}
	}
	switch s := s.(type) {
	case *ast.ForStmt:
		if as, ok := s.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, e := range as.Lhs {
				add(e)
			}
		}
	case *ast.RangeStmt:
		if s.Tok == token.DEFINE {
			add(s.Key)
			add(s.Value)
		}
	}
	return out
}

// needsFrame reports whether a loop's body refers to variables of the loop
// (its own or declared in its body) from a closure or through their
// address, and can be moved into a function literal.
func (rf *rangeFuncWalk) needsFrame(loop ast.Stmt, body *ast.BlockStmt) bool {
	return rf.captured(loop, body) && rf.movable(loop, body)
}

// captured reports whether a loop's body refers to variables of the loop
// (its own or declared in its body) from a closure or through their
// address.
func (rf *rangeFuncWalk) captured(loop ast.Stmt, body *ast.BlockStmt) bool {
	info := rf.r.info
	inLoop := map[types.Object]bool{}
	for _, id := range rf.loopVars(loop) {
		inLoop[info.Defs[id]] = true
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj, ok := info.Defs[id].(*types.Var); ok {
				inLoop[obj] = true
			}
		}
		return true
	})
	if len(inLoop) == 0 {
		return false
	}
	captured := false
	ast.Inspect(body, func(n ast.Node) bool {
		if captured {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && inLoop[info.Uses[id]] {
					captured = true
				}
				return !captured
			})
			return false
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && inLoop[info.Uses[id]] {
					captured = true
				}
			}
		}
		return true
	})
	return captured
}

// movable reports whether a loop's body can be moved into a function
// literal.
func (rf *rangeFuncWalk) movable(loop ast.Stmt, body *ast.BlockStmt) bool {
	info := rf.r.info
	// What a function literal cannot express: assignments to a range
	// loop's own variables, goto and defer. (Those of a for loop's
	// variables are copied back, see copyBack.)
	if _, isFor := loop.(*ast.ForStmt); !isFor {
		for _, id := range rf.loopVars(loop) {
			if assigned(info, body, info.Defs[id]) {
				return false
			}
		}
	}
	blocked := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			blocked = true
		case *ast.BranchStmt:
			// (Labeled breaks and continues of outer statements
			// return a code of their own, see outerJump.)
			if n.Tok == token.GOTO {
				blocked = true
			}
		}
		return !blocked
	})
	return !blocked
}

// ownOrInner reports whether the label a branch names is the loop's own
// (break L of the loop L labels: the function literal's break) or one
// inside its body.
func (rf *rangeFuncWalk) ownOrInner(label *ast.Ident, loop ast.Stmt, body *ast.BlockStmt) bool {
	obj := rf.r.info.Uses[label]
	if obj == nil {
		return false
	}
	return obj == rf.labels[loop] || obj.Pos() > body.Lbrace && obj.Pos() < body.Rbrace
}

// frameLoop gives a loop's body a function literal, so each iteration has
// its own frame.
func (rf *rangeFuncWalk) frameLoop(loop ast.Stmt, body *ast.BlockStmt, label string, outer *loopCtx) {
	r := rf.r
	decl := rf.resultDecls(body, outer)
	ctx := &loopCtx{kind: frameLoop, stmt: loop, body: body, label: label, ctl: r.uniq("c"), outer: outer}
	var params, args []string
	var back string
	_, isFor := loop.(*ast.ForStmt)
	for _, id := range rf.loopVars(loop) {
		ts := r.typeString(r.info.Defs[id].Type())
		name := r.identName(id)
		params = append(params, name+" "+ts)
		if rs, ok := loop.(*ast.RangeStmt); ok && rs.Key == ast.Expr(id) && r.ifaceRangeKey(rs) != "" {
			args = append(args, r.ifaceKeyArg(rs)) // see ifaceKeyRange
		} else {
			args = append(args, name)
		}
		if isFor && (assigned(r.info, body, r.info.Defs[id]) || addressTaken(r.info, body, r.info.Defs[id])) {
			// Go 1.22: the next iteration starts from this one's value.
			p := r.uniq("lp")
			params = append(params, p+" *"+ts)
			args = append(args, "&"+name)
			back += "defer func() { *" + p + " = " + name + " }(); "
		}
	}
	rf.branches(ctx)
	for _, st := range body.List {
		rf.walk(st, ctx)
	}
	dispatch := "if " + ctx.ctl + " == 1 { break }"
	if hasReturn(body) {
		dispatch += "; if " + ctx.ctl + " == 2 { " + rf.propagate(outer) + " }"
	}
	for i, j := range ctx.jumps {
		dispatch += "; if " + ctx.ctl + " == " + itoa(i+3) + " { " + j + " }"
	}
	if decl != "" {
		r.ed.insert(r.off(loop.Pos()), decl)
	}
	r.ed.replace(r.off(body.Lbrace), r.off(body.Lbrace)+1,
		"{ if "+ctx.ctl+" := func("+strings.Join(params, ", ")+") int { "+back)
	r.ed.replace(r.off(body.Rbrace), r.off(body.Rbrace)+1,
		"; return 0 }("+strings.Join(args, ", ")+"); "+ctx.ctl+" != 0 { "+dispatch+" } }")
}
