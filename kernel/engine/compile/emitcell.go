package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// emitCellFunc writes the cell's function: its statements and top-level
// variables' assignments in order, marked for error positions, its
// result, and a program's init and main.
func (t *translation) emitCellFunc() {
	c, u, ck, plan, cellB := t.c, t.u, t.ck, t.plan, t.cellB
	hasBody := len(u.stmts) > 0 || len(t.inits) > 0 || u.program
	if hasBody {
		plan.CellFunc = "__gk_c" + itoa(c.cells)
		cellB.addLine("func " + plan.CellFunc + "() {")
		r := t.rewriter(u.cell)
		r.topStmts = map[ast.Stmt]bool{}
		for _, it := range u.stmts {
			if n, ok := it.node.(ast.Stmt); ok {
				r.topStmts[n] = true
			}
		}
		r.resultStmt = u.resultStmt
		lines := strings.Count(u.cell.Src, "\n") + 1
		marker := r.uniq("ln")
		c.funcs = append(c.funcs, Func{Cell: u.cell.Name, From: 1, To: lines, Marker: marker})
		r.markers = append(r.markers, marker)
		lastMark := -1
		var top []ast.Stmt
		for _, it := range u.stmts {
			switch n := it.node.(type) {
			case ast.Stmt:
				top = append(top, n)
			case *ast.GenDecl:
				top = append(top, &ast.DeclStmt{Decl: n})
			}
		}
		r.rangeFuncs(nil, top)
		items := u.stmts
		if u.program {
			items = t.initOrder(items)
		} else {
			items = t.initOrderRuns(items)
		}
		// A cell's init functions run after its var declarations, before
		// its other statements (as Go runs package variables' initializers,
		// then init, then main).
		initsAfter := -1
		if !u.program && len(t.inits) > 0 {
			for i, it := range items {
				if gd, ok := it.node.(*ast.GenDecl); ok && gd.Tok == token.VAR {
					initsAfter = i
				}
			}
			if initsAfter < 0 {
				for _, in := range t.inits {
					cellB.addLine(in + "()")
				}
			}
		}
		var chainStarts map[ast.Node]bool
		if !u.program {
			chainStarts = r.topChain(items)
		}
		for i, it := range items {
			if i > 0 && i-1 == initsAfter {
				for _, in := range t.inits {
					cellB.addLine(in + "()")
				}
			}
			r.walk(it.node)
			line := c.fset.Position(it.node.Pos()).Line
			mark := ""
			if line != lastMark && t.riskyItem(r, it.node) {
				mark = marker + " = " + itoa(c.markID(Origin{u.cell.Name, line})) + "; "
				lastMark = line
			}
			if st, ok := it.node.(ast.Stmt); ok {
				mark += r.checksText(r.checkedIndexes(unlabel(st), nil), nil, "")
			}
			if chainStarts[it.node] {
				mark = "func() { " + mark // (see topChain)
			}
			r.markNested(it.node, marker, "", nil)
			switch n := it.node.(type) {
			case *ast.GenDecl:
				for _, s := range n.Specs {
					vs := s.(*ast.ValueSpec)
					// The index checks of its values, as of the assignment
					// it becomes.
					as := &ast.AssignStmt{Tok: token.ASSIGN, TokPos: vs.Pos(), Rhs: vs.Values}
					checks := r.checksText(r.checkedIndexes(as, nil), nil, "")
					cellB.add(u.cell, vs.Pos(), mark+checks+t.varSpecAssign(r, vs))
					mark = ""
				}
				continue
			}
			switch n := it.node.(type) {
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					r.ed.replace(r.off(n.TokPos), r.off(n.TokPos)+2, "=")
				}
				cellB.add(u.cell, n.Pos(), mark+r.text(n.Pos(), n.End()))
			case *ast.ExprStmt:
				if n == u.resultStmt {
					mark += r.hoisted[n] // (see operandsAfterCalls)
				}
				if n == u.resultStmt && n.X == u.cell.Tuple {
					// x, y: shown as a tuple.
					if tup := t.tupleType(u.cell.Tuple); tup != nil {
						plan.Results = tup.Len()
						var exprs []string
						var late []bool
						for _, a := range u.cell.Tuple.Args {
							exprs = append(exprs, r.text(a.Pos(), a.End()))
							late = append(late, plainRead(a))
						}
						cellB.add(u.cell, n.Pos(), mark+t.resultCodeOf(exprs, tup, late...))
						continue
					}
				}
				if n == u.resultStmt {
					if tv, ok := ck.info.Types[n.X]; ok && !tv.IsVoid() {
						plan.Results = 1
						if tup, ok := tv.Type.(*types.Tuple); ok {
							plan.Results = tup.Len()
						}
						if printCall(ck.info, n.X) {
							// Its (n, err) shows only when err is not nil.
							cellB.add(u.cell, n.Pos(), mark+rtName+".PrintResults("+r.text(n.Pos(), n.End())+")")
							continue
						}
						cellB.add(u.cell, n.Pos(), mark+t.resultCode(r.text(n.Pos(), n.End()), tv.Type))
						continue
					}
				}
				cellB.add(u.cell, n.Pos(), mark+r.text(n.Pos(), n.End()))
			default:
				cellB.add(u.cell, n.Pos(), mark+r.text(n.Pos(), n.End()))
			}
		}
		if initsAfter >= 0 && initsAfter == len(items)-1 {
			for _, in := range t.inits {
				cellB.addLine(in + "()")
			}
		}
		for range chainStarts {
			cellB.addLine("}()")
		}
		if u.program {
			// A program: package variables first, then init, then main.
			for _, in := range t.inits {
				cellB.addLine(in + "()")
			}
			cellB.addLine("__gk_main()")
		}
		cellB.addLine("}")
	}
}

// initOrderRuns orders each run of consecutive var declarations of a cell
// as Go orders package variables (var a = b + 1; var b = 2 sets b
// first); statements between them keep their places.
func (t *translation) initOrderRuns(items []item) []item {
	out := make([]item, 0, len(items))
	var run []item
	flush := func() {
		specs := 0
		for _, it := range run {
			specs += len(it.node.(*ast.GenDecl).Specs)
		}
		if specs > 1 {
			run = t.initOrder(run)
		}
		out = append(out, run...)
		run = nil
	}
	for _, it := range items {
		if gd, ok := it.node.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			run = append(run, it)
			continue
		}
		flush()
		out = append(out, it)
	}
	flush()
	return out
}

// initOrder sorts the variable declarations of a program the way Go
// initializes package variables: by their dependencies (go/types'
// InitOrder), those without initializer first.
func (t *translation) initOrder(items []item) []item {
	// By position: a blank variable (var _ = f()) has no object in Defs.
	order := map[token.Pos]int{}
	for i, in := range t.ck.info.InitOrder {
		for _, v := range in.Lhs {
			order[v.Pos()] = i + 1
		}
	}
	type spec struct {
		it  item
		key int
	}
	var specs []spec
	var rest []item
	for _, it := range items {
		gd, ok := it.node.(*ast.GenDecl)
		if !ok {
			rest = append(rest, it)
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			key := 0
			for _, n := range vs.Names {
				if k, ok := order[n.Pos()]; ok && (key == 0 || k < key) {
					key = k
				}
			}
			g := &ast.GenDecl{Tok: token.VAR, TokPos: vs.Pos(), Specs: []ast.Spec{vs}}
			specs = append(specs, spec{item{node: g, chunk: it.chunk}, key})
		}
	}
	sort.SliceStable(specs, func(i, j int) bool { return specs[i].key < specs[j].key })
	out := make([]item, 0, len(specs)+len(rest))
	for _, s := range specs {
		out = append(out, s.it)
	}
	return append(out, rest...)
}

// riskyItem reports whether a top-level statement or var declaration of
// the cell can panic.
func (t *translation) riskyItem(r *rewriter, n ast.Node) bool {
	switch n := n.(type) {
	case ast.Stmt:
		return r.risky(n, nil)
	case *ast.GenDecl:
		for _, s := range n.Specs {
			for _, v := range s.(*ast.ValueSpec).Values {
				if r.risky(&ast.ExprStmt{X: v}, nil) {
					return true
				}
			}
		}
	}
	return false
}

// varSpecAssign writes a top-level var spec as an assignment.
func (t *translation) varSpecAssign(r *rewriter, vs *ast.ValueSpec) string {
	if vs.Type != nil && allBlankNames(vs) && len(vs.Values) > 0 {
		// var _ I = nil: a declaration in the cell's function (the
		// interpreter has no type for "_ = nil").
		return "var " + r.text(vs.Pos(), vs.End())
	}
	names := make([]string, len(vs.Names))
	for i, n := range vs.Names {
		names[i] = n.Name
	}
	lhs := strings.Join(names, ", ")
	if len(vs.Values) == 0 {
		typ := r.text(vs.Type.Pos(), vs.Type.End())
		zero := make([]string, len(names))
		for i := range zero {
			zero[i] = zeroText(r.info.TypeOf(vs.Type), typ, r.pkg)
		}
		return lhs + " = " + strings.Join(zero, ", ")
	}
	if r.sequentialSpec(vs) {
		// One assignment per variable, in Go's initialization order.
		order := map[token.Pos]int{}
		for i, in := range t.ck.info.InitOrder {
			for _, v := range in.Lhs {
				order[v.Pos()] = i + 1
			}
		}
		idx := make([]int, len(vs.Names))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return order[vs.Names[idx[a]].Pos()] < order[vs.Names[idx[b]].Pos()] })
		var parts []string
		for _, i := range idx {
			parts = append(parts, names[i]+" = "+r.text(vs.Values[i].Pos(), vs.Values[i].End()))
		}
		text := strings.Join(parts, "; ")
		// The lines after keep their numbers.
		if a, b := r.off(vs.Pos()), r.off(vs.End()); a >= 0 && b >= a {
			text += strings.Repeat("\n", max(strings.Count(r.cell.Src[a:b], "\n")-strings.Count(text, "\n"), 0))
		}
		return text
	}
	// The values as one text: rewrites may join them (parallelAssign).
	return lhs + " = " + r.text(vs.Values[0].Pos(), vs.Values[len(vs.Values)-1].End())
}

// printCall reports whether e calls a printing function (fmt.Println,
// w.Write, ...) whose (n int, err error) results are not worth showing
// unless err is not nil.
func printCall(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return false
	}
	name := id.Name
	if !strings.HasPrefix(name, "Print") && !strings.HasPrefix(name, "Fprint") &&
		!strings.HasPrefix(name, "Write") && !printFuncVar(info, id) {
		return false
	}
	tup, ok := info.Types[e].Type.(*types.Tuple)
	if !ok || tup.Len() != 2 {
		return false
	}
	b, ok := tup.At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.Int && tup.At(1).Type().String() == "error"
}

// printFuncVar reports a variable holding a function shaped like fmt's
// printing functions, variadic in any (var p = fmt.Println, as Go by
// Example writes).
func printFuncVar(info *types.Info, id *ast.Ident) bool {
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok || !sig.Variadic() {
		return false
	}
	last, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	return ok && types.IsInterface(last.Elem()) && last.Elem().Underlying().(*types.Interface).Empty()
}

// tupleType is the tuple of the types of a trailing list of expressions,
// or nil when one has no single value.
func (t *translation) tupleType(call *ast.CallExpr) *types.Tuple {
	vars := make([]*types.Var, len(call.Args))
	for i, a := range call.Args {
		tv, ok := t.ck.info.Types[a]
		if !ok || tv.IsVoid() || tv.IsType() {
			return nil
		}
		if _, multi := tv.Type.(*types.Tuple); multi {
			return nil
		}
		typ := tv.Type
		if b, ok := typ.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			typ = types.Default(typ)
		}
		vars[i] = types.NewVar(a.Pos(), nil, "", typ)
	}
	return types.NewTuple(vars...)
}
