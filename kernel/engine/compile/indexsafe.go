package compile

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// Which indexes enclosing loops keep in range (or at least not below
// zero): their checks are left out (see checkedIndexes).

// loopSafe returns the index pairs a loop keeps in range in its body.
func (r *rewriter) loopSafe(loop ast.Stmt, outer map[safePair]bool) map[safePair]bool {
	out := outer
	add := func(slice, index ast.Expr, body *ast.BlockStmt) {
		i, ok := index.(*ast.Ident)
		if !ok {
			return
		}
		io := r.info.Defs[i]
		if io == nil || assigned(r.info, body, io) {
			return
		}
		key := safePair{index: io}
		if s, ok := ast.Unparen(slice).(*ast.Ident); ok {
			key.slice = r.info.Uses[s]
		} else if r.pureIndexed(slice) && !r.changedIn(slice, body) {
			key.expr = types.ExprString(ast.Unparen(slice)) // for i := range grid[r]
		}
		if key.slice == nil && key.expr == "" || key.slice != nil && assigned(r.info, body, key.slice) {
			return
		}
		out = withPair(out, key)
	}
	out = r.loopNonNeg(loop, out)
	switch l := loop.(type) {
	case *ast.RangeStmt:
		if l.Tok == token.DEFINE && l.Key != nil {
			add(l.X, l.Key, l.Body)
		}
	case *ast.ForStmt:
		init, ok := l.Init.(*ast.AssignStmt)
		cond, ok2 := l.Cond.(*ast.BinaryExpr)
		if !ok || !ok2 || init.Tok != token.DEFINE || len(init.Lhs) != 1 {
			return out
		}
		if i, ok := init.Lhs[0].(*ast.Ident); ok {
			// i < N, not below zero, and a slice of the function made
			// with a length of N or more (see fixedlen.go).
			io := r.info.Defs[i]
			if b, ok := r.constBound(cond, i); ok && io != nil && out[safePair{index: io}] && !assigned(r.info, l.Body, io) {
				for s, n := range r.fixedLens(loop) {
					if n >= b {
						out = withPair(out, safePair{index: io, slice: s})
					}
				}
			}
		}
		if cond.Op != token.LSS {
			return out
		}
		if v := r.info.Types[init.Rhs[0]].Value; v == nil || v.String() == "" || strings.HasPrefix(v.String(), "-") {
			return out
		}
		i, ok := init.Lhs[0].(*ast.Ident)
		ci, ok2 := cond.X.(*ast.Ident)
		call, ok3 := cond.Y.(*ast.CallExpr)
		if !ok || !ok2 || !ok3 || ci.Name != i.Name || len(call.Args) != 1 {
			return out
		}
		if fn, ok := call.Fun.(*ast.Ident); !ok || fn.Name != "len" {
			return out
		}
		if inc, ok := l.Post.(*ast.IncDecStmt); !ok || inc.Tok != token.INC {
			return out
		}
		add(call.Args[0], i, l.Body)
	}
	return out
}

// loopNonNeg adds to safe the variable of a loop that never goes below
// zero: the key of a range over a slice, array, string, integer or
// channel, or the variable of a three-clause loop starting at a value not
// below zero and going up, which the body does not change.
func (r *rewriter) loopNonNeg(loop ast.Stmt, safe map[safePair]bool) map[safePair]bool {
	var v *ast.Ident
	var body *ast.BlockStmt
	switch l := loop.(type) {
	case *ast.RangeStmt:
		if l.Tok != token.DEFINE || !r.rangesFromZero(l.X) {
			return safe
		}
		v, _ = l.Key.(*ast.Ident)
		body = l.Body
	case *ast.ForStmt:
		init, ok := l.Init.(*ast.AssignStmt)
		if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 || !r.nonNeg(init.Rhs[0], safe) {
			return safe
		}
		v, _ = init.Lhs[0].(*ast.Ident)
		switch p := l.Post.(type) {
		case *ast.IncDecStmt:
			if p.Tok != token.INC {
				return safe
			}
		case *ast.AssignStmt:
			if p.Tok != token.ADD_ASSIGN || len(p.Rhs) != 1 || !r.nonNeg(p.Rhs[0], safe) {
				return safe
			}
		default:
			return safe
		}
		body = l.Body
	}
	if v == nil || r.info.Defs[v] == nil {
		return safe
	}
	obj := r.info.Defs[v]
	if assigned(r.info, body, obj) || addressTaken(r.info, body, obj) {
		return safe
	}
	return withPair(safe, safePair{index: obj})
}

// withPair returns safe with key added: a copy, as the enclosing loops'
// map stays theirs.
func withPair(safe map[safePair]bool, key safePair) map[safePair]bool {
	if safe[key] {
		return safe
	}
	out := make(map[safePair]bool, len(safe)+1)
	for k := range safe {
		out[k] = true
	}
	out[key] = true
	return out
}

// rangesFromZero reports a range over x whose keys count from zero: of a
// slice, array (or pointer to one), string or integer.
func (r *rewriter) rangesFromZero(x ast.Expr) bool {
	t := r.typeOf(x)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	switch t := t.(type) {
	case *types.Slice, *types.Array:
		return true
	case *types.Basic:
		return t.Info()&(types.IsString|types.IsInteger) != 0
	}
	return false
}

// nonNeg reports an integer expression that cannot be below zero: a
// constant, len or cap, a variable safe knows, or their sums, products
// and quotients (wrapping around aside).
func (r *rewriter) nonNeg(e ast.Expr, safe map[safePair]bool) bool {
	if tv, ok := r.info.Types[e]; ok && tv.Value != nil {
		return tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) >= 0
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj := r.info.Uses[e]
		return obj != nil && safe[safePair{index: obj}]
	case *ast.CallExpr:
		return isBuiltinNamed(r.info, e.Fun, "len", "cap")
	case *ast.BinaryExpr:
		switch e.Op {
		case token.ADD, token.MUL, token.QUO, token.REM, token.SHR:
			return r.nonNeg(e.X, safe) && r.nonNeg(e.Y, safe)
		case token.AND: // (a mask without the sign bit clears it)
			return r.nonNeg(e.X, safe) || r.nonNeg(e.Y, safe)
		}
	}
	return false
}

// changedIn reports whether body assigns a variable e mentions (or takes
// its address), or assigns a slice, array or string to an element: a
// slice e indexes may then be another (grid[r] = append(grid[r], x)).
func (r *rewriter) changedIn(e ast.Expr, body *ast.BlockStmt) bool {
	changed := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj, ok := r.info.Uses[id].(*types.Var); ok && (assigned(r.info, body, obj) || addressTaken(r.info, body, obj)) {
				changed = true
			}
		}
		return !changed
	})
	if changed {
		return true
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if _, ok := ast.Unparen(l).(*ast.IndexExpr); !ok {
					continue
				}
				switch t := r.typeOf(l).(type) {
				case *types.Slice, *types.Array:
					changed = true
				case *types.Basic:
					changed = changed || t.Info()&types.IsString != 0
				}
			}
		}
		return !changed
	})
	return changed
}
