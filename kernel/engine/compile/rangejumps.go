package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The break, continue, goto and return statements of a loop body moved
// into a function literal (see rangefunc.go).

// hasReturn reports whether a return statement (outside function
// literals) is in n.
func hasReturn(n ast.Node) bool {
	return outsideLits(n, func(n ast.Node) bool { _, ok := n.(*ast.ReturnStmt); return ok })
}

// branches rewrites the break, continue and return statements of a
// rewritten loop's body that leave the body.
func (rf *rangeFuncWalk) branches(ctx *loopCtx) {
	r := rf.r
	// A break marks the loop done (see iterLoop).
	cont, brk := "return true", ctx.ctl+" = -1; return false"
	if ctx.kind == frameLoop {
		cont, brk = "return 0", "return 1"
	}
	var visit func(n ast.Node, loops, breakables int)
	visit = func(n ast.Node, loops, breakables int) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.RangeStmt:
				if rf.isFunc(m) || rf.needsFrame(m, m.Body) {
					return false // a nested rewritten loop handles its own body
				}
				visit(m.Body, loops+1, breakables+1)
				return false
			case *ast.ForStmt:
				if rf.needsFrame(m, m.Body) {
					return false
				}
				visit(m.Body, loops+1, breakables+1)
				return false
			case *ast.SwitchStmt:
				visit(m.Body, loops, breakables+1)
				return false
			case *ast.TypeSwitchStmt:
				visit(m.Body, loops, breakables+1)
				return false
			case *ast.SelectStmt:
				visit(m.Body, loops, breakables+1)
				return false
			case *ast.BranchStmt:
				mine := m.Tok != token.GOTO && m.Label != nil && ctx.label != "" && m.Label.Name == ctx.label
				if !mine && rf.outerJump(ctx, m) {
					return true
				}
				switch m.Tok {
				case token.CONTINUE:
					if mine || m.Label == nil && loops == 0 {
						r.ed.replace(r.off(m.Pos()), r.off(m.End()), cont)
					}
				case token.BREAK:
					if mine || m.Label == nil && breakables == 0 {
						r.ed.replace(r.off(m.Pos()), r.off(m.End()), brk)
					}
				}
			case *ast.ReturnStmt:
				rf.ret(m, ctx)
				return false
			}
			return true
		})
	}
	visit(ctx.body, 0, 0)
}

// ret rewrites a return statement inside a rewritten loop's body.
func (rf *rangeFuncWalk) ret(s *ast.ReturnStmt, ctx *loopCtx) {
	r := rf.r
	r.inRewrittenLoop[s] = true
	leave := ctx.ctl + " = 1; return false"
	if ctx.kind == frameLoop {
		leave = "return 2"
	}
	// One assignment per result: the interpreter fails on a parallel
	// assignment of interface values (v, nil to a T and an error).
	if names := namedResults(rf.sig); len(s.Results) == 0 && len(names) > 0 && len(rf.results) > 0 {
		var b strings.Builder
		for i := range names {
			b.WriteString(rf.results[i] + " = " + r.varName(rf.sig.Results().At(i)) + "; ")
		}
		r.ed.replace(r.off(s.Return), r.off(s.Return)+len("return"), "{ "+b.String()+leave)
		r.ed.insert(r.off(s.End()), " }")
		return
	}
	if len(s.Results) == 0 || len(rf.results) == 0 {
		r.ed.replace(r.off(s.Return), r.off(s.Return)+len("return"), "{ "+leave)
		r.ed.insert(r.off(s.End()), " }")
		return
	}
	if len(s.Results) != len(rf.results) {
		// return f() of a call with several results.
		r.ed.replace(r.off(s.Return), r.off(s.Results[0].Pos()), "{ "+strings.Join(rf.results, ", ")+" = ")
		r.ed.insert(r.off(s.End()), "; "+leave+" }")
		return
	}
	// Through the variable's address: the interpreter loses a struct
	// literal assigned to a variable of the enclosing function in a
	// closure that made a function literal before (see structLitAssign).
	r.ed.replace(r.off(s.Return), r.off(s.Results[0].Pos()), "{ *(&"+rf.results[0]+") = ")
	for i := 1; i < len(s.Results); i++ {
		r.ed.replace(r.off(s.Results[i-1].End()), r.off(s.Results[i].Pos()), "; *(&"+rf.results[i]+") = ")
	}
	if rf.sig != nil && rf.sig.Results().Len() == len(s.Results) {
		for i, e := range s.Results {
			// A concrete value into an interface of the cells: converted
			// (assigned through the address, the interpreter fails with
			// "reflect.Set: value of type interp.valueInterface").
			t, et := rf.sig.Results().At(i).Type(), r.info.TypeOf(e)
			if types.IsInterface(t) && !compiledIface(t, r.pkg) && !emptyIface(t) && !hasTypeParam(t) &&
				et != nil && !types.IsInterface(et) && !isNil(et) && r.off(e.End()) >= 0 {
				r.ed.insertFirst(r.off(e.Pos()), r.typeString(t)+"(")
				r.ed.insertLast(r.off(e.End()), ")")
			}
		}
	}
	r.ed.insertFinal(r.off(s.End()), "; "+leave+" }") // (after the closings of wrapped results)
}

// namedResults returns the names of a signature's results, if all are
// named.
func namedResults(sig *types.Signature) []string {
	if sig == nil {
		return nil
	}
	var out []string
	for i := 0; i < sig.Results().Len(); i++ {
		n := sig.Results().At(i).Name()
		if n == "" || n == "_" {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// outerJump rewrites "break L", "continue L" or "goto L" in the body of a
// rewritten loop when L labels a statement outside the loop: the yield
// function (or the body's function literal) returns with a code, and the
// jump is made after the call (by the enclosing rewritten loop's own means
// when that call is in its body, see jumpAfter). It reports whether it
// did.
func (rf *rangeFuncWalk) outerJump(ctx *loopCtx, b *ast.BranchStmt) bool {
	r := rf.r
	if b.Label == nil || b.Tok != token.BREAK && b.Tok != token.CONTINUE && (b.Tok != token.GOTO || ctx.kind != iterLoop) {
		return false
	}
	l, ok := r.info.Uses[b.Label].(*types.Label)
	if !ok || l.Pos() >= ctx.body.Lbrace && l.Pos() <= ctx.body.Rbrace || r.off(b.Pos()) < 0 {
		return false // a label inside the loop's body
	}
	after, ok := rf.jumpAfter(ctx.outer, b.Tok, l)
	if !ok {
		return false
	}
	r.ed.replace(r.off(b.Pos()), r.off(b.End()), ctx.leave(after))
	return true
}

// leave is the statement that ends an iteration of the loop to run the
// statement after once the iterator's (or the body's) call returns.
func (ctx *loopCtx) leave(after string) string {
	if ctx.kind == frameLoop {
		return "return " + itoa(ctx.jumpCode(after))
	}
	return "{ " + ctx.ctl + " = " + itoa(ctx.jumpCode(after)) + "; return false }"
}

// jumpCode returns the ctl code of the statement after to run after the
// iterator's (or the body's) call, adding it to the loop's jumps: codes
// from 2 for a range over a function (0 goes on, 1 returns), from 3 for a
// loop body in a function literal (0 continues, 1 breaks, 2 returns).
func (ctx *loopCtx) jumpCode(after string) int {
	base := 2
	if ctx.kind == frameLoop {
		base = 3
	}
	for i, j := range ctx.jumps {
		if j == after {
			return i + base
		}
	}
	ctx.jumps = append(ctx.jumps, after)
	return len(ctx.jumps) - 1 + base
}

// jumpAfter returns the statement that makes the jump tok to label l from
// the body of the rewritten loop outer (nil: the function's body): the
// jump itself when l is in that body, the loop's own break or continue
// when l labels it, or else its return with a code of its own.
func (rf *rangeFuncWalk) jumpAfter(outer *loopCtx, tok token.Token, l *types.Label) (string, bool) {
	plain := tok.String() + " " + rf.r.labelName(l)
	if outer == nil || l.Pos() >= outer.body.Lbrace && l.Pos() <= outer.body.Rbrace {
		return plain, true
	}
	if tok == token.GOTO && outer.kind != iterLoop {
		return "", false
	}
	if tok != token.GOTO && l.Name() == outer.label {
		switch {
		case outer.kind == iterLoop && tok == token.BREAK:
			return outer.ctl + " = -1; return false", true
		case outer.kind == iterLoop:
			return "return true", true
		case tok == token.BREAK:
			return "return 1", true
		default:
			return "return 0", true
		}
	}
	after, ok := rf.jumpAfter(outer.outer, tok, l)
	if !ok {
		return "", false
	}
	return outer.leave(after), true
}
