package compile

import (
	"go/ast"
	"iter"
)

// makeParents maps the cell's nodes to their parents, once.
func (r *rewriter) makeParents() {
	if r.parents != nil {
		return
	}
	r.parents = map[ast.Node]ast.Node{}
	r.addParents(r.root)
	for _, n := range r.foreign {
		r.addParents(n)
	}
}

// addParents adds the parents of the nodes under n, unless n has one.
func (r *rewriter) addParents(n ast.Node) {
	if n == nil || r.parents[n] != nil {
		return
	}
	var stack []ast.Node
	ast.Inspect(n, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if _, ok := r.parents[n]; !ok && len(stack) > 0 {
			// (A node the rewriter made may hold the cell's own.)
			r.parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
}

// addForeign notes n, walked, when it is outside the cell's own nodes
// (see parents).
func (r *rewriter) addForeign(n ast.Node) {
	if r.root != nil && n.Pos() >= r.root.FileStart && n.Pos() <= r.root.FileEnd {
		return
	}
	r.foreign = append(r.foreign, n)
	if r.parents != nil {
		r.addParents(n)
	}
}

// loopOf returns the outermost for or range statement around n in n's own
// function (or its labeled statement), or nil.
func (r *rewriter) loopOf(n ast.Node) ast.Node {
	if r.root == nil {
		return nil
	}
	var loop ast.Node
	for l := range r.loopsAround(n) {
		loop = l
		if ls, ok := r.parents[l].(*ast.LabeledStmt); ok {
			loop = ls
		}
	}
	return loop
}

// loopsAround yields the for and range statements around n in n's own
// function, innermost first, with their bodies.
func (r *rewriter) loopsAround(n ast.Node) iter.Seq2[ast.Stmt, *ast.BlockStmt] {
	return func(yield func(ast.Stmt, *ast.BlockStmt) bool) {
		r.makeParents()
		for p := r.parents[n]; p != nil; p = r.parents[p] {
			switch l := p.(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				return
			case *ast.ForStmt:
				if !yield(l, l.Body) {
					return
				}
			case *ast.RangeStmt:
				if !yield(l, l.Body) {
					return
				}
			}
		}
	}
}
