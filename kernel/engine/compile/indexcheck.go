package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Index checks: the interpreter reports an index out of range as
// "reflect: slice index out of range", without the index and the length
// Go's message has. Statements that index a slice, array or string with
// simple operands get a check in front that panics as Go would:
//
//	x := a[i]  →  if i < 0 || i >= len(a) { __gk.PanicIndex(int(i), len(a)) }; x := a[i]
//
// Indexes a loop bounds already (for i := range a; for i := 0; i < len(a);
// i++) are not checked.

// safePair is an index known to be in range for a slice: both objects.
type safePair struct{ slice, index types.Object }

// indexChecks returns the checks to put in front of statement s; safe are
// the pairs enclosing loops bound.
func (r *rewriter) indexChecks(s ast.Stmt, safe map[safePair]bool) string {
	var exprs []ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		exprs = append(append(exprs, s.Lhs...), s.Rhs...)
	case *ast.ExprStmt:
		exprs = append(exprs, s.X)
	case *ast.ReturnStmt:
		exprs = append(exprs, s.Results...)
	case *ast.IncDecStmt:
		exprs = append(exprs, s.X)
	case *ast.SendStmt:
		exprs = append(exprs, s.Chan, s.Value)
	case *ast.IfStmt:
		if s.Init == nil {
			exprs = append(exprs, s.Cond)
		}
	case *ast.SwitchStmt:
		if s.Init == nil && s.Tag != nil {
			exprs = append(exprs, s.Tag)
		}
	case *ast.RangeStmt:
		exprs = append(exprs, s.X)
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, sp := range gd.Specs {
				exprs = append(exprs, sp.(*ast.ValueSpec).Values...)
			}
		}
	}
	// A call evaluated before an index may change what it indexes
	// (fmt.Println(fill(&a), a[2])): such indexes are not checked ahead.
	firstCall := token.NoPos // the end of the call that ends first
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if !r.isConversion(n) && !r.isSafeBuiltin(n) && (!firstCall.IsValid() || n.End() < firstCall) {
					firstCall = n.End()
				}
			}
			return true
		})
	}
	var checks []string
	seen := map[string]bool{}
	for _, e := range exprs {
		r.collectIndexes(e, safe, func(x ast.Expr) {
			if firstCall.IsValid() && firstCall <= x.Pos() {
				return
			}
			var c string
			switch x := x.(type) {
			case *ast.IndexExpr:
				a := r.innerText(x.X.Pos(), x.X.End())
				i := r.innerText(x.Index.Pos(), x.Index.End())
				c = "if int(" + i + ") < 0 || int(" + i + ") >= len(" + a + ") { " + rtName + ".PanicIndex(int(" + i + "), len(" + a + ")) }; "
			case *ast.SliceExpr:
				c = r.sliceCheck(x)
			}
			if !seen[c] {
				seen[c] = true
				checks = append(checks, c)
			}
		})
	}
	return strings.Join(checks, "")
}

// sliceCheck is the check of s[lo:hi], which panics as Go does: "slice
// bounds out of range [:5] with capacity 3" (length, for a string or an
// array, or when hi is left out), or "[4:2]".
func (r *rewriter) sliceCheck(x *ast.SliceExpr) string {
	a := r.innerText(x.X.Pos(), x.X.End())
	lo, hi := "0", "len("+a+")"
	if x.Low != nil {
		lo = "int(" + r.innerText(x.Low.Pos(), x.Low.End()) + ")"
	}
	bound, kind := "len("+a+")", "length"
	if x.High != nil {
		hi = "int(" + r.innerText(x.High.Pos(), x.High.End()) + ")"
		if _, ok := r.typeOf(x.X).(*types.Slice); ok {
			bound, kind = "cap("+a+")", "capacity"
		}
	}
	return "if " + lo + " < 0 || " + hi + " < " + lo + " || " + hi + " > " + bound + " { " +
		rtName + ".PanicSlice(" + lo + ", " + hi + ", " + bound + ", \"" + kind + "\") }; "
}

// collectIndexes calls f for the index and slice expressions of e that
// are always evaluated when e is (not behind && or ||, not in function
// literals) and whose operands are simple.
func (r *rewriter) collectIndexes(e ast.Expr, safe map[safePair]bool, f func(ast.Expr)) {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				r.collectIndexes(n.X, safe, f) // the left side always runs
				return false
			}
		case *ast.IndexExpr:
			if r.checkable(n, safe) {
				f(n)
			}
		case *ast.SliceExpr:
			if r.sliceable(n) {
				f(n)
			}
		}
		return true
	})
}

// sliceable reports a two-index slice expression of a slice, string or
// array variable, with simple integer operands.
func (r *rewriter) sliceable(x *ast.SliceExpr) bool {
	if x.Slice3 || r.info.Types[x.X].Value != nil || !r.pure(x.X) {
		return false
	}
	switch t := r.typeOf(x.X).(type) {
	case *types.Slice:
	case *types.Array:
		if _, ok := ast.Unparen(x.X).(*ast.Ident); !ok {
			return false
		}
	case *types.Basic:
		if t.Info()&types.IsString == 0 {
			return false
		}
	default:
		return false
	}
	for _, b := range []ast.Expr{x.Low, x.High} {
		if b == nil {
			continue
		}
		tv, ok := r.info.Types[b]
		if !ok || tv.Type == nil || !r.pure(b) {
			return false
		}
		if bt, ok := tv.Type.Underlying().(*types.Basic); !ok || bt.Info()&types.IsInteger == 0 {
			return false
		}
	}
	return x.Low != nil || x.High != nil
}

// checkable reports an index of a slice, array or string by an integer
// (a constant one only for a slice or string), with simple operands, not
// known to be in range.
func (r *rewriter) checkable(ix *ast.IndexExpr, safe map[safePair]bool) bool {
	if r.info.Types[ix.X].IsType() || r.info.Types[ix].IsType() {
		return false // an instance of a generic type: Stack[int]
	}
	array := false
	switch t := r.typeOf(ix.X).(type) {
	case *types.Slice:
	case *types.Array:
		array = true
	case *types.Basic:
		if t.Info()&types.IsString == 0 {
			return false
		}
	default:
		return false
	}
	tv, ok := r.info.Types[ix.Index]
	if !ok || tv.Type == nil || tv.Value != nil && array {
		return false // a constant index of an array is checked by the compiler
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	if r.info.Types[ix.X].Value != nil || !r.pure(ix.X) || !r.pure(ix.Index) {
		return false
	}
	if x, ok := ast.Unparen(ix.X).(*ast.Ident); ok {
		if i, ok := ast.Unparen(ix.Index).(*ast.Ident); ok && safe[safePair{r.info.Uses[x], r.info.Uses[i]}] {
			return false
		}
	}
	return true
}

// pure reports an expression without calls (but len), receives,
// conversions or indexes (but map lookups), which can be evaluated twice.
func (r *rewriter) pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if id, isID := ast.Unparen(n.Fun).(*ast.Ident); isID && id.Name == "len" {
				if _, b := r.info.Uses[id].(*types.Builtin); b {
					return true
				}
			}
			ok = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.IndexExpr:
			if _, isMap := r.typeOf(n.X).(*types.Map); !isMap {
				ok = false // a map lookup never panics; an index may
			}
		case *ast.FuncLit, *ast.CompositeLit, *ast.TypeAssertExpr, *ast.SliceExpr, *ast.StarExpr:
			ok = false
		}
		return ok
	})
	return ok
}

// loopSafe returns the index pairs a loop keeps in range in its body.
func (r *rewriter) loopSafe(loop ast.Stmt, outer map[safePair]bool) map[safePair]bool {
	out := outer
	add := func(slice, index ast.Expr, body *ast.BlockStmt) {
		s, ok1 := ast.Unparen(slice).(*ast.Ident)
		i, ok2 := index.(*ast.Ident)
		if !ok1 || !ok2 {
			return
		}
		so, io := r.info.Uses[s], r.info.Defs[i]
		if so == nil || io == nil || assigned(r.info, body, so) || assigned(r.info, body, io) {
			return
		}
		out = map[safePair]bool{}
		for k := range outer {
			out[k] = true
		}
		out[safePair{so, io}] = true
	}
	switch l := loop.(type) {
	case *ast.RangeStmt:
		if l.Tok == token.DEFINE && l.Key != nil {
			add(l.X, l.Key, l.Body)
		}
	case *ast.ForStmt:
		init, ok := l.Init.(*ast.AssignStmt)
		cond, ok2 := l.Cond.(*ast.BinaryExpr)
		if !ok || !ok2 || init.Tok != token.DEFINE || len(init.Lhs) != 1 || cond.Op != token.LSS {
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
