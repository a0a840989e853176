package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// closureFrames makes each function literal of a function body that has
// a defer statement in a function of its own:
//
//	f := func() { … }  →  f := func() func() { return func() { … } }()
//
// The interpreter runs a function's deferred calls holding its frame's
// lock, which a closure made in that frame takes when it returns: a
// deferred call that calls such a closure (defer f(), defer r.Close()
// calling r.onClose) never ends. A literal called as it stands (also by
// defer func() { … }() or go func() { … }()) is left alone, but for the
// values of loop variables a go statement's literal gets (see
// loopBindings, which gives the others theirs too).
func (r *rewriter) closureFrames(body *ast.BlockStmt) {
	if body == nil || !hasDefer(body) {
		return
	}
	// The recovering closures deferred through variables: their recover
	// takes the panic DeferValue holds (see deferFuncValue).
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			if lit := r.recoveringLit(n, body); lit != nil {
				if r.pendingLits == nil {
					r.pendingLits, r.pendingOf = map[*ast.FuncLit]bool{}, map[*ast.Ident]*ast.FuncLit{}
				}
				r.pendingLits[lit] = true
				r.pendingOf[ast.Unparen(n.Call.Fun).(*ast.Ident)] = lit
			}
		}
		return true
	})
	direct := map[*ast.FuncLit]bool{}
	goLits := map[*ast.FuncLit]bool{}
	labels := map[ast.Stmt]string{}
	var loops []*litLoop // the loops around the node visited
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		for len(loops) > 0 && loops[len(loops)-1].stmt.End() <= n.Pos() {
			loops = loops[:len(loops)-1]
		}
		switch n := n.(type) {
		case *ast.LabeledStmt:
			labels[n.Stmt] = n.Label.Name
		case *ast.ForStmt:
			loops = append(loops, &litLoop{stmt: n, body: n.Body, label: labels[n]})
		case *ast.RangeStmt:
			loops = append(loops, &litLoop{stmt: n, body: n.Body, label: labels[n]})
		case *ast.GoStmt:
			if lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok {
				goLits[lit] = true
			}
		case *ast.CallExpr:
			// Called at once (also by defer and go): not kept.
			if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok {
				direct[lit] = true
			}
		case *ast.FuncLit:
			t := r.info.TypeOf(n)
			if direct[n] && !goLits[n] || t == nil || hasTypeParam(t) && r.subst == nil || r.off(n.Pos()) < 0 || r.off(n.End()) < 0 {
				return false
			}
			params, args := r.loopBindings(n, loops)
			if goLits[n] && params == "" {
				return false
			}
			r.ed.insertFirst(r.off(n.Pos()), "func("+params+") "+r.typeString(t)+" { return ")
			r.ed.insertLast(r.off(n.End()), " }("+args+")")
			return false
		}
		return true
	})
}

// litLoop is a loop around a function literal closureFrames meets.
type litLoop struct {
	stmt    ast.Stmt
	body    *ast.BlockStmt
	label   string
	moved   *bool               // whether rangeFuncs moves its body (once asked)
	changed map[*types.Var]bool // the variables its body changes (once asked)
}

// loopBindings returns the parameters and arguments that give lit the
// values of the variables of the loops around it it reads, when the loop
// keeps its body (it defers: see frameLoop), as Go 1.22 gives each
// iteration its own variables and the interpreter's iterations share
// them. Variables the loop's body changes after their declaration stay
// shared.
//
//	fs = append(fs, func() int { return i })
//	→ fs = append(fs, func(i int) func() int { return func() int { return i } }(i))
func (r *rewriter) loopBindings(lit *ast.FuncLit, loops []*litLoop) (params, args string) {
	var kept []*litLoop
	changed := map[*types.Var]bool{}
	for _, l := range loops {
		if l.moved == nil {
			moved := r.bodyMoved(l.stmt, l.body, l.label)
			l.moved = &moved
		}
		if *l.moved {
			continue
		}
		if l.changed == nil {
			l.changed = r.changedVars(l.body)
		}
		for v := range l.changed {
			changed[v] = true
		}
		kept = append(kept, l)
	}
	if len(kept) == 0 {
		return "", ""
	}
	inLoop := func(v *types.Var) bool {
		for _, l := range kept {
			if l.stmt.Pos() <= v.Pos() && v.Pos() < l.stmt.End() {
				return true
			}
		}
		return false
	}
	var ps, as []string
	for _, v := range r.captures(lit, inLoop, changed) {
		ps = append(ps, r.varName(v)+" "+r.typeString(v.Type()))
		as = append(as, r.varName(v))
	}
	return strings.Join(ps, ", "), strings.Join(as, ", ")
}
