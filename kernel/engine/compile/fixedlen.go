package compile

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// Slices of a fixed length: a function's local slice made once with a
// constant length (sieve := make([]bool, N)) and never assigned again or
// addressed has that length, so a loop bounded by a constant no greater
// keeps its indexes in range (for j := i * 2; j < N; j += i { sieve[j] =
// true }): their checks are left out (see loopSafe).

// fixedLens returns the local slices of the function around n that have
// a fixed length, with it.
func (r *rewriter) fixedLens(n ast.Node) map[types.Object]int64 {
	body := r.funcBodyOf(n)
	if body == nil {
		return nil
	}
	if lens, ok := r.fixedLenCache[body]; ok {
		return lens
	}
	made := map[types.Object]int64{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		call, ok2 := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok || !ok2 || len(call.Args) != 2 || !isBuiltinNamed(r.info, call.Fun, "make") {
			return true
		}
		if _, slice := r.typeOf(call.Args[0]).(*types.Slice); !slice {
			return true
		}
		obj := r.info.Defs[id]
		if obj == nil {
			return true
		}
		if v := r.info.Types[call.Args[1]].Value; v != nil {
			if k, exact := constant.Int64Val(constant.ToInt(v)); exact && k > 0 {
				made[obj] = k
			}
		}
		return true
	})
	for obj := range made {
		if assigned(r.info, body, obj) || addressTaken(r.info, body, obj) {
			delete(made, obj)
		}
	}
	if r.fixedLenCache == nil {
		r.fixedLenCache = map[*ast.BlockStmt]map[types.Object]int64{}
	}
	r.fixedLenCache[body] = made
	return made
}

// funcBodyOf returns the body of the function declaration or literal n
// is in, or nil (a statement of the cell itself).
func (r *rewriter) funcBodyOf(n ast.Node) *ast.BlockStmt {
	r.makeParents()
	for p := r.parents[n]; p != nil; p = r.parents[p] {
		switch f := p.(type) {
		case *ast.FuncDecl:
			return f.Body
		case *ast.FuncLit:
			return f.Body
		}
	}
	return nil
}

// constBound returns the constant B of a loop condition i < B (i <= B-1),
// for the loop variable i.
func (r *rewriter) constBound(cond ast.Expr, i *ast.Ident) (int64, bool) {
	c, ok := cond.(*ast.BinaryExpr)
	if !ok || c.Op != token.LSS && c.Op != token.LEQ {
		return 0, false
	}
	ci, ok := c.X.(*ast.Ident)
	if !ok || ci.Name != i.Name || r.info.Uses[ci] != r.info.Defs[i] {
		return 0, false
	}
	v := r.info.Types[c.Y].Value
	if v == nil {
		return 0, false
	}
	b, exact := constant.Int64Val(constant.ToInt(v))
	if !exact {
		return 0, false
	}
	if c.Op == token.LEQ {
		b++
	}
	return b, true
}

// provenIndexes returns the index expressions of statement s (not in
// nested blocks or function literals) that the loops around keep in
// range (safe): s[i] of a pair safe knows, which cannot panic.
func (r *rewriter) provenIndexes(s ast.Stmt, safe map[safePair]bool) []ast.Expr {
	if len(safe) == 0 {
		return nil
	}
	var out []ast.Expr
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt, *ast.FuncLit, *ast.CaseClause, *ast.CommClause:
			return false
		case *ast.IndexExpr:
			i, ok := ast.Unparen(n.Index).(*ast.Ident)
			x, ok2 := ast.Unparen(n.X).(*ast.Ident)
			if ok && ok2 && safe[safePair{slice: r.info.Uses[x], index: r.info.Uses[i]}] {
				out = append(out, n)
			}
		}
		return true
	})
	return out
}
