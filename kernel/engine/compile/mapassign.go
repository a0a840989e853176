package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// mapIndexAssign writes a parallel assignment to map elements as
// assignments one by one of the operands' values: the interpreter
// assigns none of them when an operand is a call (m["a"], m["b"] =
// f(), 2) or of an interface type. The left-hand sides are moved after
// the operands, so only simple ones (names, fields, literal keys) are;
// another index of a simple operand is evaluated first, in its place.
//
//	m["a"], y = f(), 2  →  { __gk_m0, __gk_m1 := <operands>; m["a"] = __gk_m0; y = __gk_m1 }
//	m[id(1)], y = f(), 2  →  { __gk_k2 := id(1); __gk_m0, __gk_m1 := <operands>; m[__gk_k2] = __gk_m0; y = __gk_m1 }
//
// (In a for or if statement's header the block is a function literal
// called at once.)
func (r *rewriter) mapIndexAssign(as *ast.AssignStmt) {
	for _, l := range as.Lhs {
		if !simpleExpr(l) {
			r.mapIndexAssignKeys(as)
			return
		}
	}
	start, tok := r.off(as.Pos()), r.off(as.TokPos)
	var names, sets []string
	for _, l := range as.Lhs {
		n := r.uniq("m")
		names = append(names, n)
		src := r.renamedSrc(l)
		if src == "_" {
			names[len(names)-1] = "_"
			continue
		}
		sets = append(sets, src+" = "+n)
	}
	open, closing := "{ ", " }"
	if !r.inList(as) {
		// A for loop's init or post statement, an if's init: a simple
		// statement, a call of a literal.
		open, closing = "func() { ", " }()"
	}
	r.ed.replaceOuter(start, tok+1, open+strings.Join(names, ", ")+" :=")
	r.ed.insertFinal(r.off(as.End()), "; "+strings.Join(sets, "; ")+closing)
}

// mapIndexAssignKeys is mapIndexAssign for targets with other indexes
// (of simple operands): each index goes into a variable where it stands,
// in the order of the targets.
func (r *rewriter) mapIndexAssignKeys(as *ast.AssignStmt) {
	open, closing := "{ ", " }"
	if !r.inList(as) {
		open, closing = "func() { ", " }()"
	}
	var names, sets []string
	for i, l := range as.Lhs {
		head := ""
		if i == 0 {
			head = open
		}
		n := r.uniq("m")
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && !simpleExpr(ix.Index) {
			k := r.uniq("k")
			r.ed.replace(r.off(l.Pos()), r.off(ix.Index.Pos()), head+k+" := ")
			r.ed.replace(r.off(ix.Index.End()), r.off(l.End()), "; ")
			sets = append(sets, r.renamedSrc(ix.X)+"["+k+"] = "+n)
		} else {
			r.ed.replace(r.off(l.Pos()), r.off(l.End()), head)
			if src := r.renamedSrc(l); src == "_" {
				n = "_"
			} else {
				sets = append(sets, src+" = "+n)
			}
		}
		names = append(names, n)
		if i < len(as.Lhs)-1 {
			r.ed.replace(r.off(l.End()), r.off(as.Lhs[i+1].Pos()), "")
		}
	}
	last := as.Lhs[len(as.Lhs)-1]
	r.ed.replace(r.off(last.End()), r.off(as.TokPos)+1, strings.Join(names, ", ")+" :=")
	r.ed.insertFinal(r.off(as.End()), "; "+strings.Join(sets, "; ")+closing)
}

// mapIndexTargets reports an assignment mapIndexAssign writes: to a map
// element among simple targets, or indexes of simple operands.
func (r *rewriter) mapIndexTargets(as *ast.AssignStmt) bool {
	if len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	mapTarget := false
	for _, l := range as.Lhs {
		ix, isIndex := ast.Unparen(l).(*ast.IndexExpr)
		if isIndex {
			if _, isMap := r.typeOf(ix.X).(*types.Map); isMap {
				mapTarget = true
			}
		}
		if !simpleExpr(l) && (!isIndex || !simpleExpr(ix.X) || l != ast.Expr(ix)) {
			return false
		}
		if strings.Contains(r.cell.Src[max(0, r.off(l.Pos())):max(0, r.off(l.End()))], "\n") {
			return false
		}
	}
	return mapTarget && r.off(as.Pos()) >= 0 && r.off(as.TokPos) >= 0 && r.off(as.End()) >= 0
}

// simpleExpr reports a name, a field or an index whose parts are names
// and literals: an expression whose text means the same anywhere.
func simpleExpr(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return simpleExpr(e.X)
	case *ast.IndexExpr:
		return simpleExpr(e.X) && simpleExpr(e.Index)
	}
	return false
}
