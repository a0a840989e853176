package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Range over functions (Go 1.23 iterators), which the interpreter lacks,
// becomes a call of the iterator with the loop body as the yield function:
//
//	for k, v := range seq { body }
//	→
//	{ ctl := 0; seq(func(k K, v V) bool { body'; return true }); if ctl == 1 { return ... } }
//
// where in body' "continue" is "return true", "break" is "return false",
// and "return x" stores x, sets ctl and returns false, so that the return
// happens after the call.

// rangeFuncs rewrites the range-over-func loops of a function body (or of
// the cell's top level, when body is nil and stmts are given).
func (r *rewriter) rangeFuncs(sig *types.Signature, stmts []ast.Stmt) {
	rf := &rangeFuncWalk{r: r, sig: sig}
	for _, s := range stmts {
		rf.walk(s, nil)
	}
}

// rangeFuncWalk is the state of rewriting one function.
type rangeFuncWalk struct {
	r   *rewriter
	sig *types.Signature // the enclosing function's signature (nil: no results)
	// results names the variables that carry a return out of an iterator
	// loop, shared by the nested loops of the function.
	results []string
}

// loopCtx is an enclosing range-over-func loop.
type loopCtx struct {
	stmt  *ast.RangeStmt
	label string
	ctl   string
	outer *loopCtx
}

// walk finds range-over-func loops under n; in is the innermost enclosing
// one (or nil).
func (rf *rangeFuncWalk) walk(n ast.Node, in *loopCtx) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			sig, _ := rf.r.info.Types[n].Type.(*types.Signature)
			rf.r.rangeFuncs(sig, n.Body.List)
			return false
		case *ast.LabeledStmt:
			if rs, ok := n.Stmt.(*ast.RangeStmt); ok && rf.isFunc(rs) {
				rf.loop(rs, n.Label.Name, in)
				return false
			}
		case *ast.RangeStmt:
			if rf.isFunc(n) {
				rf.loop(n, "", in)
				return false
			}
		}
		return true
	})
}

// isFunc reports whether s ranges over a function.
func (rf *rangeFuncWalk) isFunc(s *ast.RangeStmt) bool {
	_, ok := rf.yield(s)
	return ok
}

// yield returns the signature of the iterator's yield function.
func (rf *rangeFuncWalk) yield(s *ast.RangeStmt) (*types.Signature, bool) {
	t := rf.r.typeOf(s.X)
	sig, ok := t.(*types.Signature)
	if !ok || sig.Params().Len() != 1 {
		return nil, false
	}
	y, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	return y, ok
}

// loop rewrites one range-over-func loop.
func (rf *rangeFuncWalk) loop(s *ast.RangeStmt, label string, outer *loopCtx) {
	r := rf.r
	ysig, _ := rf.yield(s)
	if outer == nil {
		rf.results = nil // an outermost loop declares its own
	}
	ctx := &loopCtx{stmt: s, label: label, ctl: r.uniq("ctl"), outer: outer}

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
			params = append(params, r.text(v.Pos(), v.End())+" "+typ)
		default:
			p := r.uniq("p")
			params = append(params, p+" "+typ)
			assigns = append(assigns, r.text(v.Pos(), v.End())+" = "+p+"; ")
		}
	}

	// Results carried out of the loop by a return inside it.
	hasReturn := rf.hasReturn(s.Body)
	var decl string
	if hasReturn && rf.sig != nil && rf.sig.Results().Len() > 0 && rf.results == nil {
		for i := 0; i < rf.sig.Results().Len(); i++ {
			name := r.uniq("rv")
			rf.results = append(rf.results, name)
			decl += "var " + name + " " + r.typeString(rf.sig.Results().At(i).Type()) + "; "
		}
	}

	// Rewrite the body's branches first (nested iterator loops included).
	rf.branches(s.Body, ctx)
	for _, st := range s.Body.List {
		rf.walk(st, ctx)
	}

	// After the call: carry a return (or a break/continue of an outer
	// loop) further out.
	var after string
	if hasReturn {
		if outer != nil {
			after = "if " + ctx.ctl + " == 1 { " + outer.ctl + " = 1; return false }; "
		} else {
			ret := "return"
			if len(rf.results) > 0 {
				ret += " " + strings.Join(rf.results, ", ")
			}
			after = "if " + ctx.ctl + " == 1 { " + ret + " }; "
		}
	}

	// A label stays, on the block; nothing refers to it any more.
	r.ed.replace(r.off(s.For), r.off(s.X.Pos()), "{ "+decl+ctx.ctl+" := 0; _ = "+ctx.ctl+"; (")
	r.ed.replace(r.off(s.X.End()), r.off(s.Body.Lbrace)+1,
		")(func("+strings.Join(params, ", ")+") bool { "+strings.Join(assigns, ""))
	r.ed.replace(r.off(s.Body.Rbrace), r.off(s.Body.Rbrace)+1, "; return true }); "+after+"}")
}

// hasReturn reports whether a return statement (outside function
// literals) is in n.
func (rf *rangeFuncWalk) hasReturn(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}

// branches rewrites the break, continue and return statements of an
// iterator loop's body that leave the loop body.
func (rf *rangeFuncWalk) branches(body *ast.BlockStmt, ctx *loopCtx) {
	r := rf.r
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
				if m != ctx.stmt && rf.isFunc(m) {
					return false // a nested iterator loop handles its own body
				}
				visit(m.Body, loops+1, breakables+1)
				return false
			case *ast.ForStmt:
				visit(m.Body, loops+1, breakables+1)
				return false
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				var b *ast.BlockStmt
				switch m := m.(type) {
				case *ast.SwitchStmt:
					b = m.Body
				case *ast.TypeSwitchStmt:
					b = m.Body
				case *ast.SelectStmt:
					b = m.Body
				}
				visit(b, loops, breakables+1)
				return false
			case *ast.BranchStmt:
				mine := m.Label != nil && m.Label.Name == ctx.label && ctx.label != ""
				switch m.Tok {
				case token.CONTINUE:
					if mine || m.Label == nil && loops == 0 {
						r.ed.replace(r.off(m.Pos()), r.off(m.End()), "return true")
					}
				case token.BREAK:
					if mine || m.Label == nil && breakables == 0 {
						r.ed.replace(r.off(m.Pos()), r.off(m.End()), "return false")
					}
				}
			case *ast.ReturnStmt:
				rf.ret(m, ctx)
				return false
			}
			return true
		})
	}
	visit(body, 0, 0)
}

// ret rewrites a return statement inside an iterator loop's body.
func (rf *rangeFuncWalk) ret(s *ast.ReturnStmt, ctx *loopCtx) {
	r := rf.r
	if len(s.Results) == 0 || len(rf.results) == 0 {
		r.ed.replace(r.off(s.Return), r.off(s.Return)+len("return"), "{ "+ctx.ctl+" = 1; return false")
		r.ed.insert(r.off(s.End()), " }")
		return
	}
	r.ed.replace(r.off(s.Return), r.off(s.Results[0].Pos()), "{ "+strings.Join(rf.results, ", ")+" = ")
	r.ed.insert(r.off(s.End()), "; "+ctx.ctl+" = 1; return false }")
}
