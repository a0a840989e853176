package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// Go's compiler evaluates the calls among a list of operands (a call's
// arguments, a slice or struct literal's elements, the two sides of an
// operator, the values of an assignment, a var or a return), and the
// operands it cannot just read (s[1:], append, an assertion), in order,
// before it reads the others: fmt.Println(q.items[0], q.Pop()) prints the
// element after the one Pop took. It stores a map literal's entries in
// turn. The interpreter evaluates in order but reads some variables last,
// so a statement whose list reads what a call could change (through a
// pointer, a slice, a map, or a variable that is package-level, captured
// by a function literal or whose address is taken) before the call gets
// the operands gc evaluates in order evaluated first, into variables:
//
//	fmt.Println(s[0], pop())  →  __gk_h1 := pop(); fmt.Println(s[0], __gk_h1)

// operandsAfterCalls moves the operands of statement s that gc evaluates
// first in front of it, as said above, once the statement's other
// rewrites are in (the operands' texts are moved with theirs). A return's
// own list of several values is callsFirst's.
func (r *rewriter) operandsAfterCalls(s ast.Stmt) {
	var roots []ast.Expr
	own := true // whether a list of several roots is this one's
	switch s := s.(type) {
	case *ast.ExprStmt:
		roots = []ast.Expr{s.X}
	case *ast.AssignStmt:
		for _, l := range s.Lhs {
			if r.hasCall(l) {
				return
			}
		}
		for i := 1; i < len(s.Rhs); i++ {
			if r.ed.touches(r.off(s.Rhs[i-1].End()), r.off(s.Rhs[i].Pos())) {
				return // (a parallel assignment's rewrite moves its operands)
			}
		}
		roots = s.Rhs
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || r.topStmts[s] {
			return // (a cell's variables are the session's)
		}
		if len(gd.Specs) > 1 && groupUsesOwn(r.info, gd) {
			return // (var ( a = f(); b = g(a) ): nothing moves in front)
		}
		for _, sp := range gd.Specs {
			roots = append(roots, sp.(*ast.ValueSpec).Values...)
		}
		own = false
	case *ast.ReturnStmt:
		if len(s.Results) > 1 {
			return // (callsFirst's)
		}
		roots, own = s.Results, false
	default:
		return
	}
	if len(roots) == 0 || !r.inList(s) || r.off(s.Pos()) < 0 {
		return
	}
	lists, strict, ok := r.operandLists(roots, own)
	if !ok {
		return
	}
	hoist := r.hoistedOperands(roots, lists, strict)
	if len(hoist) == 0 {
		return
	}
	for _, e := range hoist {
		tv, ok := r.info.Types[e]
		cs, ce := r.off(e.Pos()), r.off(e.End())
		if !ok || tv.IsVoid() || tv.Type == nil || isTuple(tv.Type) || isUntyped(tv.Type) || cs < 0 || ce < cs || r.ed.covers(cs, ce) {
			return
		}
	}
	saved := append([]edit(nil), r.ed.list...)
	var pre strings.Builder
	for _, e := range hoist {
		cs, ce := r.off(e.Pos()), r.off(e.End())
		// With what other rewrites put around the operand exactly (a
		// call's own, as (*Q).Pop(q) for q.Pop(), or a conversion of its
		// value), and the variables of the operands inside it.
		text := r.text(e.Pos(), e.End())
		if text == "" || strings.Contains(text, "\n") || !balanced(text) {
			r.ed.list = saved
			return
		}
		if cl, ok := e.(*ast.CompositeLit); ok && cl.Type == nil {
			text = r.elidedType(r.info.Types[e].Type) + text // ({1} of map[Box]int{{1}: f()})
		}
		name := r.uniq("h")
		pre.WriteString(name + " := " + text + "; ")
		r.ed.dropInserts(cs, ce)
		r.ed.replaceOuter(cs, ce, name)
	}
	if r.hoisted == nil {
		r.hoisted = map[ast.Stmt]string{}
	}
	r.hoisted[s] = pre.String()
	if _, result := r.cellStmt(s); result {
		return // (written in front of the result's code, see emitCell)
	}
	// Before the statement's index checks (which read the variables);
	// markStmts puts its line marker in front.
	r.ed.insertFirst(r.off(s.Pos()), pre.String())
}

// elidedType is the text to put in front of a composite literal whose
// type t is elided ({1} for Box, or for *Box: &Box{1}).
func (r *rewriter) elidedType(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		return "&" + r.typeString(p.Elem())
	}
	return r.typeString(t)
}

// hoistedOperands returns the operands of lists (in roots; strict as
// operandLists says) to evaluate before the statement, in the order to
// evaluate them: those gc evaluates in order up to a list's last call,
// when the list reads before that call what it could change, and the
// calls gc makes before the last of them.
func (r *rewriter) hoistedOperands(roots []ast.Expr, lists [][]ast.Expr, strict map[int]bool) []ast.Expr {
	// The operands gc evaluates in order (calls, and those that are not
	// plain reads: s[1:], append, an assertion…) up to a list's last
	// call, each into a variable, inner ones first.
	var hoist []ast.Expr
	inHoist := map[ast.Expr]bool{}
	// after holds the map keys read after their entry's value (gc stores
	// m[k] = v as an assignment: the value's calls first).
	after := map[ast.Expr]ast.Expr{}
	for k, l := range lists {
		read := r.lateRead
		if strict[k] {
			read = r.read
		}
		if !r.readBeforeCall(l, read) {
			continue
		}
		last := 0
		for i, e := range l {
			if r.hasMadeCall(e) {
				last = i
			}
		}
		if strict[k] && last%2 == 0 {
			last++ // (a key's call: its value too)
		}
		for i, e := range l[:last+1] {
			if (r.early(e) || strict[k] && r.read(e)) && !inHoist[e] {
				inHoist[e] = true
				hoist = append(hoist, e)
				if strict[k] && i%2 == 0 && r.lateKind(e) {
					after[e] = l[i+1]
				}
			}
		}
	}
	// The order of evaluation: by the end of each (an inner one first),
	// a map key after its value.
	at := func(e ast.Expr) (token.Pos, token.Pos) {
		if v, ok := after[e]; ok {
			return v.End(), v.Pos() - 1
		}
		return e.End(), e.Pos()
	}
	byOrder := func(i, j int) bool {
		ei, pi := at(hoist[i])
		ej, pj := at(hoist[j])
		if ei != ej {
			return ei < ej
		}
		return pi > pj
	}
	if len(hoist) == 0 {
		return nil
	}
	sort.Slice(hoist, byOrder)
	// A call outside them that gc makes before the last of them (a
	// receiver's, a function value's) goes first too.
	lastEnd, _ := at(hoist[len(hoist)-1])
	inside := func(n ast.Node) bool {
		for _, h := range hoist {
			if n.Pos() >= h.Pos() && n.End() <= h.End() || n.Pos() <= h.Pos() && n.End() >= h.End() {
				return true // in one, or around one (made after its operands)
			}
		}
		return false
	}
	var before []ast.Expr
	for _, e := range roots {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if r.madeCall(n) && n.End() <= lastEnd && !inside(n) {
					before = append(before, n)
					return false
				}
			}
			return true
		})
	}
	hoist = append(hoist, before...)
	sort.Slice(hoist, byOrder)
	return hoist
}

// operandLists returns the lists of operands in roots (roots itself when
// own), which of them gc evaluates wholly in order (a map literal's
// entries, key and value), and false for roots the interpreter must keep
// (a receive, a call under && or ||).
func (r *rewriter) operandLists(roots []ast.Expr, own bool) (lists [][]ast.Expr, strict map[int]bool, ok bool) {
	strict = map[int]bool{}
	if len(roots) > 1 && own {
		lists = append(lists, roots)
	}
	bail := false
	for _, e := range roots {
		ast.Inspect(e, func(n ast.Node) bool {
			if bail {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.UnaryExpr:
				bail = n.Op == token.ARROW
			case *ast.BinaryExpr:
				if n.Op == token.LAND || n.Op == token.LOR {
					bail = r.hasCall(n.Y)
					return false
				}
				lists = append(lists, []ast.Expr{n.X, n.Y})
			case *ast.CallExpr:
				if !r.isConversion(n) && !n.Ellipsis.IsValid() {
					lists = append(lists, n.Args)
				}
			case *ast.CompositeLit:
				if _, isMap := r.typeOf(n).Underlying().(*types.Map); isMap {
					// gc stores each entry in turn; the interpreter
					// reads variables last.
					var ops []ast.Expr
					for _, el := range n.Elts {
						if kv, ok := el.(*ast.KeyValueExpr); ok {
							ops = append(ops, kv.Key, kv.Value)
						}
					}
					strict[len(lists)] = true
					lists = append(lists, ops)
					return true
				}
				var elts []ast.Expr
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						el = kv.Value
					}
					elts = append(elts, el)
				}
				lists = append(lists, elts)
			}
			return true
		})
	}
	return lists, strict, !bail
}

// readBeforeCall reports a list of operands with one that read reports
// (a read a call could change, or any read of a map literal's entries)
// before an operand with a call.
func (r *rewriter) readBeforeCall(list []ast.Expr, read func(ast.Expr) bool) bool {
	seen := false
	for _, e := range list {
		if seen && r.hasMadeCall(e) {
			return true
		}
		seen = seen || read(e)
	}
	return false
}

// read reports an operand that is no constant, type or function literal.
func (r *rewriter) read(e ast.Expr) bool {
	if tv, ok := r.info.Types[e]; !ok || tv.Value != nil || tv.IsType() {
		return false
	}
	_, lit := ast.Unparen(e).(*ast.FuncLit)
	return !lit
}

// lateRead reports an operand gc reads after the calls of its list that
// reads what a call could change.
func (r *rewriter) lateRead(e ast.Expr) bool {
	if tv, ok := r.info.Types[e]; !ok || tv.Value != nil || tv.IsType() || !r.lateKind(e) {
		return false
	}
	mutable := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StarExpr:
			mutable = true
		case *ast.IndexExpr:
			switch r.typeOf(n.X).(type) {
			case *types.Slice, *types.Map, *types.Pointer:
				mutable = true
			}
		case *ast.SelectorExpr:
			if s := r.info.Selections[n]; s != nil && s.Kind() == types.FieldVal && isPointer(s.Recv()) {
				mutable = true
			}
		case *ast.Ident:
			if v, ok := r.info.Uses[n].(*types.Var); ok && r.sharedVar(v) {
				mutable = true
			}
		}
		return !mutable
	})
	return mutable
}

// early reports an operand gc evaluates in the order of its list: not a
// constant, a function literal or a plain read (see lateKind).
func (r *rewriter) early(e ast.Expr) bool {
	return r.read(e) && !r.lateKind(e)
}

// lateKind reports an expression gc reads after the calls of the list
// it is an operand of: a variable, a field, an element, a dereference,
// arithmetic on them, a numeric conversion, one to a string or an
// interface, a slice or struct literal of them. (Slicing, appends,
// assertions, []byte(s), array literals and &-literals are evaluated in
// order, as calls are.)
func (r *rewriter) lateKind(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return r.lateKind(x.X)
	case *ast.SelectorExpr:
		if s := r.info.Selections[x]; s != nil {
			return s.Kind() == types.FieldVal && r.lateKind(x.X)
		}
		_, isVar := r.info.Uses[x.Sel].(*types.Var)
		return isVar // another package's variable
	case *ast.IndexExpr:
		switch r.typeOf(x.X).Underlying().(type) {
		case *types.Slice, *types.Array, *types.Pointer, *types.Map:
			return r.lateKind(x.X) && r.lateKind(x.Index)
		}
		return false
	case *ast.StarExpr:
		return r.lateKind(x.X)
	case *ast.UnaryExpr:
		switch x.Op {
		case token.SUB, token.ADD, token.XOR, token.NOT:
			return r.lateKind(x.X)
		}
		return false
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			return false
		}
		if t := r.typeOf(x.X); t == nil || types.IsInterface(t) {
			return false
		}
		return r.lateKind(x.X) && r.lateKind(x.Y)
	case *ast.CallExpr:
		if !r.isConversion(x) || len(x.Args) != 1 {
			return false
		}
		to, from := r.typeOf(x), r.typeOf(x.Args[0])
		if to == nil || from == nil || !(types.IsInterface(to) || isString(to) || isNumeric(to) && isNumeric(from)) {
			return false // ([]byte(s) is made in order)
		}
		return r.lateKind(x.Args[0])
	case *ast.CompositeLit:
		switch r.typeOf(x).Underlying().(type) {
		case *types.Slice, *types.Struct:
		default:
			return false
		}
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if !r.lateKind(el) {
				return false
			}
		}
		return true
	}
	return false
}

// isNumeric reports a number type.
func isNumeric(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsNumeric != 0
}

// sharedVar reports a variable a call could change: package-level, or a
// local one a function literal uses or whose address is taken.
func (r *rewriter) sharedVar(v *types.Var) bool {
	if v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return true
	}
	if r.sharedLocals == nil {
		r.sharedLocals = map[*types.Var]bool{}
		ast.Inspect(r.root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok {
						if u, ok := r.info.Uses[id].(*types.Var); ok && (u.Pos() < n.Pos() || u.Pos() >= n.End()) {
							r.sharedLocals[u] = true
						}
					}
					return true
				})
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if id := rootIdent(n.X); id != nil {
						if u, ok := r.info.Uses[id].(*types.Var); ok {
							r.sharedLocals[u] = true
						}
					}
				}
			case *ast.SelectorExpr:
				// A pointer method called on an addressable variable.
				if s := r.info.Selections[n]; s != nil && s.Kind() == types.MethodVal {
					if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil && isPointer(sig.Recv().Type()) {
						if id := rootIdent(n.X); id != nil {
							if u, ok := r.info.Uses[id].(*types.Var); ok {
								r.sharedLocals[u] = true
							}
						}
					}
				}
			}
			return true
		})
	}
	return r.sharedLocals[v]
}

// balanced reports a text whose brackets pair up, outside string and
// rune literals.
func balanced(s string) bool {
	var stack []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\'', '`':
			for i++; i < len(s) && s[i] != c; i++ {
				if s[i] == '\\' && c != '`' {
					i++
				}
			}
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			open := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
			if len(stack) == 0 || stack[len(stack)-1] != open {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

// shortCircuitRead writes the left operand of && or || that reads a bool
// variable (or field, element) as a comparison when the right one makes
// calls: the interpreter reads the variable again for the result, after
// the right operand ran (b && f() with f setting b false was false).
//
//	b && f()  →  (b == true) && f()
func (r *rewriter) shortCircuitRead(b *ast.BinaryExpr) {
	if b.Op != token.LAND && b.Op != token.LOR || !r.hasMadeCall(b.Y) || r.off(b.X.Pos()) < 0 || r.off(b.X.End()) < 0 {
		return
	}
	switch ast.Unparen(b.X).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
	default:
		return
	}
	if tv, ok := r.info.Types[b.X]; !ok || tv.Value != nil {
		return
	}
	r.ed.insertFirst(r.off(b.X.Pos()), "(")
	r.ed.insertLast(r.off(b.X.End()), " == true)")
}
