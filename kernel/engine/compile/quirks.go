package compile

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// Rewrites of valid Go that the interpreter gets wrong.

// switchInit moves a switch statement's init statement out in front:
// "switch x := f(); x + 1 {" is "{ x := f(); switch x + 1 {...} }" (the
// interpreter matches no case of the first form).
//
// A labeled switch keeps its label, in front of the switch in the block:
// "L: switch x := f(); x + 1 {" is "{ x := f(); L: switch x + 1 {...} }".
func (r *rewriter) switchInit(s ast.Stmt, label *ast.LabeledStmt) {
	var init ast.Stmt
	var tagPos token.Pos
	var body *ast.BlockStmt
	var sw token.Pos
	switch s := s.(type) {
	case *ast.SwitchStmt:
		init, body, sw = s.Init, s.Body, s.Switch
		if s.Tag != nil {
			tagPos = s.Tag.Pos()
		} else {
			tagPos = s.Body.Lbrace
		}
	case *ast.TypeSwitchStmt:
		init, body, sw, tagPos = s.Init, s.Body, s.Switch, s.Assign.Pos()
	}
	if init == nil || r.off(sw) < 0 || r.off(body.Rbrace) < 0 {
		return
	}
	head := "switch "
	start := sw
	if label != nil {
		if _, isType := s.(*ast.TypeSwitchStmt); isType || r.off(label.Pos()) < 0 {
			return
		}
		head, start = label.Label.Name+": switch ", label.Pos()
	}
	r.ed.replace(r.off(start), r.off(init.Pos()), "{ ")
	r.ed.insertFirst(r.off(tagPos), head) // (before a tag's own variable: see comparedCases)
	r.ed.insert(r.off(body.Rbrace)+1, " }")
	if r.initMoved == nil {
		r.initMoved = map[ast.Stmt]bool{}
	}
	r.initMoved[s] = true
}

// selectAssign turns "case v = <-ch:" into "case t := <-ch: v = t;" (the
// interpreter cannot assign in a select case).
func (r *rewriter) selectAssign(c *ast.CommClause) {
	as, ok := c.Comm.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Rhs) != 1 {
		return
	}
	tmps := make([]string, len(as.Lhs))
	for i := range tmps {
		tmps[i] = r.uniq("t")
	}
	lhs := make([]string, len(as.Lhs))
	for i, l := range as.Lhs {
		lhs[i] = r.exprText(l)
	}
	r.ed.replace(r.off(as.Pos()), r.off(as.Rhs[0].Pos()), strings.Join(tmps, ", ")+" := ")
	r.ed.insert(r.off(c.Colon)+1, " "+strings.Join(lhs, ", ")+" = "+strings.Join(tmps, ", ")+";")
}

// nameParams names the unnamed parameters (and receiver) of a function
// definition: the interpreter mixes up unnamed parameters of methods.
func (r *rewriter) nameParams(recv *ast.FieldList, ft *ast.FuncType) {
	for _, fl := range []*ast.FieldList{recv, ft.Params} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			if len(f.Names) == 0 {
				name := r.uniq("p")
				if fl == recv {
					name = selfName // see selfPrologue
				}
				r.ed.insert(r.off(f.Type.Pos()), name+" ")
			}
		}
	}
}

// methodExpr turns a method expression (I.M, T.M, (*T).M), which the
// interpreter rejects or gets wrong, into a function literal.
func (r *rewriter) methodExpr(sel *ast.SelectorExpr) bool {
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodExpr {
		return false
	}
	sig, ok := r.info.Types[sel].Type.(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return false
	}
	var params, args []string
	for i := 0; i < sig.Params().Len(); i++ {
		n := r.uniq("m")
		params = append(params, n+" "+r.typeString(sig.Params().At(i).Type()))
		if i > 0 {
			args = append(args, n)
		}
	}
	recv := strings.SplitN(params[0], " ", 2)[0]
	if sig.Variadic() && len(args) > 0 {
		args[len(args)-1] += "..."
		last := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
		params[len(params)-1] = strings.SplitN(params[len(params)-1], " ", 2)[0] + " ..." + r.typeString(last.Elem())
	}
	res := r.resultList(sig)
	body := recv + "." + sel.Sel.Name + "(" + strings.Join(args, ", ") + ")"
	if sig.Results().Len() == 1 && namedFuncType(sig.Results().At(0).Type(), r.pkg) {
		body = r.typeString(sig.Results().At(0).Type()) + "(" + body + ")" // (see returnedNamedFuncs)
	}
	if sig.Results().Len() > 0 {
		body = "return " + body
	}
	lit := "func(" + strings.Join(params, ", ") + ") " + res + " { " + body + " }"
	if r.keptInDeferFunc(sel) {
		lit = "func() " + r.typeString(sig) + " { return " + lit + " }()" // see closureFrames
	}
	r.ed.replace(r.off(sel.Pos()), r.off(sel.End()), lit)
	return true
}

// called reports whether e (in parentheses or not) is the function a
// call calls.
func (r *rewriter) called(e ast.Expr) bool {
	return r.callOf(e) != nil
}

// keptInDeferFunc reports whether e, which the rewriter writes as a
// function literal, is kept (not called where it stands) in a function
// that has a defer statement: made by a function of its own, as
// closureFrames makes the function's own literals.
func (r *rewriter) keptInDeferFunc(e ast.Expr) bool {
	if r.called(e) {
		return false
	}
	lit, fd := r.enclosingFunc(e)
	switch {
	case lit != nil:
		return hasDefer(lit.Body)
	case fd != nil:
		return hasDefer(fd.Body)
	}
	return false
}

// continueInSelect rewrites a continue that ends a select case inside a
// loop: the interpreter's continue there leaves the loop. It becomes a
// flag, and the loop continues after the select:
//
//	select { case v := <-c: f(v); continue }
//	→ c1 := false; select { case v := <-c: f(v); c1 = true }; if c1 { continue }
func (r *rewriter) continueInSelect(loop ast.Stmt, body *ast.BlockStmt, label string) {
	moved := -1 // whether the body moves into a function literal, once asked
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false
		case *ast.SelectStmt:
			flag := ""
			for _, c := range n.Body.List {
				cc := c.(*ast.CommClause)
				if len(cc.Body) == 0 {
					continue
				}
				b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt)
				if !ok || b.Tok != token.CONTINUE || b.Label != nil && b.Label.Name != label {
					continue
				}
				if moved < 0 {
					moved = 0
					if r.bodyMoved(loop, body, label) {
						moved = 1
					}
				}
				if moved == 1 {
					return false // its continue becomes a return (see rangefunc.go)
				}
				if flag == "" {
					flag = r.uniq("c")
				}
				r.ed.replace(r.off(b.Pos()), r.off(b.End()), flag+" = true")
			}
			if flag != "" {
				r.ed.insert(r.off(n.Pos()), flag+" := false; ")
				r.ed.insert(r.off(n.End()), "; if "+flag+" { continue }")
			}
			return false
		}
		return true
	})
}

// namedReturns spells out the results of bare returns of a function with
// named results (the interpreter returns zero values for some of them).
func (r *rewriter) namedReturns(ft *ast.FuncType, body *ast.BlockStmt) {
	if ft.Results == nil || body == nil {
		return
	}
	var names []string
	for _, f := range ft.Results.List {
		for _, n := range f.Names {
			names = append(names, r.identName(n))
		}
	}
	if len(names) == 0 || slicesContain(names, "_") {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 && r.off(n.Return) >= 0 && !r.inRewrittenLoop[n] {
				r.ed.insert(r.off(n.Return)+len("return"), " "+strings.Join(names, ", "))
			}
		}
		return true
	})
}

func slicesContain(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// chanElemRange rewrites a range with a value variable over a slice or
// array of channels, which the interpreter mistakes for a range over a
// channel:
//
//	for k, v := range X {B}
//	→ for __gk_k, __gk_s := 0, X; __gk_k < len(__gk_s); __gk_k++ { k, v := __gk_k, __gk_s[__gk_k]; {B} }
//
// The body keeps its own block (it may shadow k and v), and a loop given
// a frame per iteration (rangefunc.go) still finds k and v declared.
func (r *rewriter) chanElemRange(s *ast.RangeStmt, xt types.Type) bool {
	if s.Value == nil || s.Key == nil {
		return false
	}
	t := xt.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	var elem types.Type
	switch t := t.(type) {
	case *types.Slice:
		elem = t.Elem()
	case *types.Array:
		elem = t.Elem()
	case *types.Map:
		if _, ok := t.Elem().Underlying().(*types.Chan); !ok {
			return false
		}
		return r.chanMapRange(s)
	default:
		return false
	}
	if _, ok := elem.Underlying().(*types.Chan); !ok {
		return false
	}
	xStart, xEnd := r.off(s.X.Pos()), r.off(s.X.End())
	if xStart < 0 || xEnd < 0 {
		return false
	}
	k, x := r.uniq("rk"), r.uniq("rs")
	vars := r.exprText(s.Key) + ", " + r.exprText(s.Value)
	r.ed.replace(r.off(s.Key.Pos()), xStart, k+", "+x+" := 0, ")
	r.ed.insert(xEnd, "; "+k+" < len("+x+"); "+k+"++")
	r.ed.insert(r.off(s.Body.Lbrace), "{ "+vars+" "+s.Tok.String()+" "+k+", "+x+"["+k+"]; ")
	r.ed.insert(r.off(s.Body.Rbrace)+1, " }")
	return true
}

// boolReturns converts comparisons returned as an interface-typed result
// to bool explicitly: the interpreter fails to store "return a == b" into
// an any result ("SetBool on interface Value").
func (r *rewriter) boolReturns(sig *types.Signature, body *ast.BlockStmt) {
	if sig == nil || body == nil || sig.Results().Len() == 0 {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != sig.Results().Len() {
				return true
			}
			for i, res := range n.Results {
				if !types.IsInterface(sig.Results().At(i).Type()) || !isBoolOp(res) {
					continue
				}
				if _, named := types.Unalias(r.info.TypeOf(res)).(*types.Named); named {
					continue // a named bool: see operatorToIface
				}
				r.ed.insert(r.off(res.Pos()), "bool(")
				r.ed.insert(r.off(res.End()), ")")
			}
		}
		return true
	})
}

// isBoolOp reports a comparison, a logical operation or a negation.
func isBoolOp(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ, token.LAND, token.LOR:
			return true
		}
	case *ast.UnaryExpr:
		return e.Op == token.NOT
	}
	return false
}

// cellValue reports a named type of the cell package, or a pointer to one
// (not an interface).
func (r *rewriter) cellValue(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg {
		return false
	}
	_, isIface := n.Underlying().(*types.Interface)
	return !isIface
}

// structLitAssign assigns a struct literal through the variable's
// address: the interpreter gives the variable new storage for
// "p = P{...}", and pointers taken before (pp := &p) no longer see it.
//
//	p = P{X: 1}  →  *(&p) = P{X: 1}
func (r *rewriter) structLitAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	id, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
	if !ok || id.Name == "_" {
		return
	}
	if _, ok := ast.Unparen(as.Rhs[0]).(*ast.CompositeLit); !ok {
		return
	}
	obj, ok := r.info.Uses[id].(*types.Var)
	if !ok {
		return
	}
	if _, ok := obj.Type().Underlying().(*types.Struct); !ok {
		return
	}
	r.ed.insert(r.off(as.Lhs[0].Pos()), "*(&")
	r.ed.insert(r.off(as.Lhs[0].End()), ")")
}

// chanMapRange is chanElemRange for a map of channels:
//
//	for k, v := range m {B}  →  for __gk_k := range m { k, v := __gk_k, m[__gk_k]; {B} }
func (r *rewriter) chanMapRange(s *ast.RangeStmt) bool {
	xStart, xEnd := r.off(s.X.Pos()), r.off(s.X.End())
	if xStart < 0 || xEnd < 0 {
		return false
	}
	m := r.text(s.X.Pos(), s.X.End())
	if x, ok := ast.Unparen(s.X).(*ast.IndexExpr); !plainOperand(s.X) && (!ok || !plainOperand(x.X) || !plainOperand(x.Index)) {
		// Another expression (a literal, a call) is evaluated once,
		// before the loop, in a block around it (and its label).
		r.makeParents()
		start := s.For
		if l, labeled := r.parents[s].(*ast.LabeledStmt); labeled {
			start = l.Pos()
		}
		if r.off(s.End()) < 0 || r.off(start) < 0 {
			return false
		}
		bound := r.uniq("rm")
		r.ed.insert(r.off(start), "{ "+bound+" := "+m+"; ")
		r.ed.insertLast(r.off(s.End()), " }")
		r.ed.replace(xStart, xEnd, bound)
		m = bound
	}
	k := r.uniq("rk")
	vars := r.exprText(s.Key) + ", " + r.exprText(s.Value)
	r.ed.replace(r.off(s.Key.Pos()), xStart, k+" := range ")
	r.ed.insert(r.off(s.Body.Lbrace), "{ "+vars+" "+s.Tok.String()+" "+k+", "+m+"["+k+"]; ")
	r.ed.insert(r.off(s.Body.Rbrace)+1, " }")
	return true
}

// plainOperand reports an operand that may be evaluated again at no cost
// or risk: a name, a literal, or a field of a name.
func plainOperand(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		_, ok := x.X.(*ast.Ident)
		return ok
	}
	return false
}

// constShift gives the untyped constant of a non-constant shift the type
// the expression takes (Go does; the interpreter uses int and then fails
// in the unsigned operation around it): u & (1 << n) → u & (uint64(1) << n).
func (r *rewriter) constShift(b *ast.BinaryExpr) {
	if b.Op != token.SHL && b.Op != token.SHR {
		return
	}
	tv, ok := r.info.Types[b]
	if !ok || tv.Value != nil || tv.Type == nil {
		return
	}
	if _, param := types.Unalias(tv.Type).(*types.TypeParam); param {
		// A generic instance's (v & (1 << i) with T uint8): converted
		// to the type argument.
		if r.subst == nil {
			return
		}
	} else if bt, ok := tv.Type.Underlying().(*types.Basic); !ok || bt.Info()&types.IsUntyped != 0 || bt.Kind() == types.Int && tv.Type == bt && !r.floatConst(b.X) {
		// (Also to int, a constant written as a float, 1.0 << s: the
		// interpreter shifts a float64, failing or skipping the rest.)
		return
	}
	xv, ok := r.info.Types[b.X]
	if !ok || xv.Value == nil {
		return
	}
	if iv := constant.ToInt(xv.Value); r.floatConst(b.X) && iv.Kind() == constant.Int && r.off(b.X.Pos()) >= 0 && r.off(b.X.End()) >= 0 {
		// Its value, written whole (an index check repeats the
		// expression without what is inserted around it).
		r.ed.replace(r.off(b.X.Pos()), r.off(b.X.End()), r.typeString(tv.Type)+"("+iv.ExactString()+")")
		return
	}
	r.ed.insert(r.off(b.X.Pos()), r.typeString(tv.Type)+"(")
	r.ed.insert(r.off(b.X.End()), ")")
}

// floatConst reports a constant expression with a floating-point or
// complex literal or constant in it (1.0, c with const c = 3.0).
func (r *rewriter) floatConst(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			found = found || n.Kind == token.FLOAT || n.Kind == token.IMAG
		case *ast.Ident:
			if c, ok := r.info.Uses[n].(*types.Const); ok {
				if bt, ok := c.Type().Underlying().(*types.Basic); ok && bt.Info()&(types.IsFloat|types.IsComplex) != 0 {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// compiledFieldAssign converts an operation assigned to an interface
// field of a compiled struct (e.Value = i * i, with e a *list.Element):
// the interpreter abandons the function silently on it; a conversion to
// the operation's own type avoids that: e.Value = int(i * i).
func (r *rewriter) compiledFieldAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, l := range as.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		s := r.info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || s.Obj().Pkg() == nil || s.Obj().Pkg() == r.pkg {
			continue
		}
		if !types.IsInterface(s.Obj().Type()) {
			continue
		}
		rhs := as.Rhs[i]
		switch ast.Unparen(rhs).(type) {
		case *ast.BinaryExpr, *ast.UnaryExpr:
		default:
			continue
		}
		tv, ok := r.info.Types[rhs]
		if !ok || tv.Type == nil || tv.Value != nil || types.IsInterface(tv.Type) {
			continue
		}
		r.ed.insertLast(r.off(rhs.Pos()), "("+r.typeString(types.Default(tv.Type))+")(")
		r.ed.insertFirst(r.off(rhs.End()), ")")
	}
}

// parenName drops the parentheses around an identifier or a literal: the
// interpreter evaluates "(i) < 0 || …" and "x == (1) || …" as an int
// ("reflect: call of reflect.Value.Bool on int Value").
func (r *rewriter) parenName(p *ast.ParenExpr) {
	if r.off(p.Lparen) < 0 || r.off(p.Rparen) < 0 {
		return
	}
	switch p.X.(type) {
	case *ast.Ident, *ast.BasicLit:
		open := ""
		if at := r.off(p.Lparen); at > 0 && isWordByte(r.cell.Src[at-1]) {
			open = " " // return(x) is not returnx
		}
		r.ed.replace(r.off(p.Lparen), r.off(p.X.Pos()), open)
		r.ed.replace(r.off(p.X.End()), r.off(p.Rparen)+1, "")
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
