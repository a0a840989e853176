package compile

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// Functions and statements the interpreter gets wrong.

// zeroResults sets a function's named results to their zero values on
// entry: the interpreter reuses the frame of a call made in a loop and
// keeps the results of the previous call ("func f() (n int) { n++; return }"
// called twice in a loop returns 1, then 2).
func (r *rewriter) zeroResults(ft *ast.FuncType, body *ast.BlockStmt) {
	if body == nil || ft.Results == nil || r.off(body.Lbrace) < 0 {
		return
	}
	var names, zeros []string
	for _, f := range ft.Results.List {
		for _, id := range f.Names {
			obj, ok := r.info.Defs[id].(*types.Var)
			if !ok || id.Name == "_" {
				continue
			}
			names = append(names, r.varName(obj))
			zeros = append(zeros, zeroText(r.concrete(obj.Type()), r.typeString(obj.Type()), r.pkg))
		}
	}
	if len(names) == 0 {
		return
	}
	// One assignment each: the interpreter fails on a parallel assignment
	// of interface values.
	var b strings.Builder
	for i, n := range names {
		b.WriteString(" " + n + " = " + zeros[i] + ";")
	}
	r.ed.insertFirst(r.off(body.Lbrace)+1, b.String())
}

// taglessCases writes "case a, b:" of a switch without a tag as
// "case a || b:": the interpreter tests only the first expression of such a
// case. Go evaluates them left to right up to the first true one, as ||
// does, and nothing binds looser than ||, so no parentheses are needed.
func (r *rewriter) taglessCases(s *ast.SwitchStmt) {
	if s.Tag != nil {
		return
	}
	for _, st := range s.Body.List {
		if cc, ok := st.(*ast.CaseClause); ok {
			r.orCases(cc)
		}
	}
}

// orCases writes the commas between a case's expressions as ||.
func (r *rewriter) orCases(cc *ast.CaseClause) {
	for i := 0; i+1 < len(cc.List); i++ {
		a, b := r.off(cc.List[i].End()), r.off(cc.List[i+1].Pos())
		if a < 0 || b < a {
			continue
		}
		between := r.cell.Src[a:b]
		comma := strings.IndexByte(between, ',')
		if comma < 0 || strings.Contains(between, "/") {
			continue // a comment may hold a comma
		}
		r.ed.replace(a+comma, a+comma+1, " ||")
	}
}

// promotedViaIface writes the path to a method promoted from an embedded
// interface field, x.M as x.Iface.M: the interpreter panics ("invalid
// interface value") calling it through the struct. It reports whether it
// did.
func (r *rewriter) promotedViaIface(sel *ast.SelectorExpr) bool {
	s, ok := r.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal || len(s.Index()) < 2 || r.off(sel.X.End()) < 0 {
		return false
	}
	names, t, ok := embeddedPath(s.Recv(), s.Index(), r.pkg, r.embeddedName)
	if !ok {
		return false
	}
	if !types.IsInterface(t) {
		return false // promoted from an embedded struct: the interpreter knows it
	}
	r.ed.insert(r.off(sel.X.End()), "."+strings.Join(names, "."))
	return true
}

// funcVarDecl splits the declaration of a local variable of a function
// type with a value into a declaration and an assignment: the interpreter
// fails on some ("index out of range [-1]" for var kv iter.Seq2[int,
// string] = slices.All(s) ranged over later).
//
//	var kv F = v  →  var kv F; kv = v
func (r *rewriter) funcVarDecl(d *ast.DeclStmt) {
	gd, ok := d.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 || gd.Lparen.IsValid() {
		return
	}
	vs := gd.Specs[0].(*ast.ValueSpec)
	if vs.Type == nil || len(vs.Names) != 1 || len(vs.Values) != 1 || vs.Names[0].Name == "_" {
		return
	}
	if _, ok := r.info.TypeOf(vs.Type).Underlying().(*types.Signature); !ok {
		return
	}
	from, to := r.off(vs.Type.End()), r.off(vs.Values[0].Pos())
	if from < 0 || to < from || strings.Contains(r.cell.Src[from:to], "\n") {
		return
	}
	name := vs.Names[0].Name
	if kernelBuiltins[name] {
		name = "__gk_v_" + name // see ident
	}
	r.ed.replace(from, to, "; "+name+" = ")
}

// convReceiver writes the conversion to a non-empty interface a method is
// called on as an element of a slice of the interface: the interpreter
// panics on the conversion's value ("invalid interface value").
//
//	Shape(Box{2, 3}).Area()  →  []Shape{Box{2, 3}}[0].Area()
func (r *rewriter) convReceiver(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	conv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(conv.Args) != 1 || conv.Ellipsis.IsValid() || r.off(conv.Pos()) < 0 || r.off(conv.Rparen) < 0 {
		return
	}
	tv, ok := r.info.Types[conv.Fun]
	if !ok || !tv.IsType() {
		return
	}
	if _, param := tv.Type.(*types.TypeParam); param {
		return // P(x).Reset() of a pointer-method type parameter
	}
	if iface, ok := tv.Type.Underlying().(*types.Interface); !ok || iface.Empty() {
		return
	}
	if _, paren := conv.Fun.(*ast.ParenExpr); paren {
		return
	}
	r.ed.insert(r.off(conv.Pos()), "[]")
	r.ed.replace(r.off(conv.Lparen), r.off(conv.Lparen)+1, "{")
	r.ed.replace(r.off(conv.Rparen), r.off(conv.Rparen)+1, "}[0]")
}

// loopShadow puts a loop's body in a block of its own when the body
// declares a variable of the loop's names again (i := i * 10, v := v):
// the interpreter takes them for the same scope ("no new variables on
// left side of :=").
func (r *rewriter) loopShadow(vars []ast.Expr, body *ast.BlockStmt) {
	names := map[string]bool{}
	for _, v := range vars {
		if id, ok := v.(*ast.Ident); ok && id.Name != "_" {
			names[id.Name] = true
		}
	}
	if len(names) == 0 || body == nil || r.off(body.Lbrace) < 0 || r.off(body.Rbrace) < 0 {
		return
	}
	shadows := false
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, l := range st.Lhs {
					if id, ok := l.(*ast.Ident); ok && names[id.Name] {
						shadows = true
					}
				}
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok {
				for _, sp := range gd.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok {
						for _, id := range vs.Names {
							shadows = shadows || names[id.Name]
						}
					}
				}
			}
		}
	}
	if shadows {
		r.ed.insert(r.off(body.Lbrace)+1, " {")
		r.ed.insertFirst(r.off(body.Rbrace), "} ")
	}
}

// recvCopy converts a received value assigned to a variable to its type:
// the interpreter stores the received value itself, which cannot be
// changed afterwards (n := <-q; n++ panics "using unaddressable value").
//
//	n := <-q  →  n := (int)(<-q)
func (r *rewriter) recvCopy(e ast.Expr) {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return
	}
	t := r.info.TypeOf(e)
	if t == nil || isTuple(t) || hasTypeParam(t) {
		return
	}
	r.ed.insertFirst(r.off(e.Pos()), "("+r.typeString(t)+")(")
	r.ed.insertLast(r.off(e.End()), ")")
}

// callCond negates twice a condition that is a call or a type assertion:
// the interpreter takes the branch of "if less(1, 0) { … } else { return }"
// in a function without results (a switch's case too), and not of
// "if !!less(1, 0)"; it takes "if x.(bool)" as true, and loops forever on
// "for x.(bool)".
func (r *rewriter) callCond(e ast.Expr) {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
	case *ast.TypeAssertExpr:
		if _, paren := e.(*ast.ParenExpr); paren || x.Type == nil {
			return // (x.(bool)) is right
		}
	default:
		return
	}
	if r.off(e.Pos()) < 0 {
		return
	}
	if tv, ok := r.info.Types[e]; !ok || tv.Type == nil || !types.Identical(tv.Type.Underlying(), types.Typ[types.Bool]) {
		return
	}
	r.ed.insertFirst(r.off(e.Pos()), "!!")
}

// forInitOnly gives "for i := 0; ; {" a condition: the interpreter starts
// each iteration of such a loop from the init's value again (it never
// ends).
//
//	for i := 0; ; {  →  for i := 0; true; {
func (r *rewriter) forInitOnly(f *ast.ForStmt) {
	if f.Init == nil || f.Cond != nil || f.Post != nil {
		return
	}
	at := r.off(f.Init.End())
	if at < 0 {
		return
	}
	semi := strings.IndexByte(r.cell.Src[at:], ';')
	if semi < 0 {
		return
	}
	r.ed.insert(at+semi+1, " true")
}

// emptySwitch gives a switch without clauses an empty default: the
// interpreter does not evaluate the tag of a switch without clauses
// (switch get().(type) {} calls no get).
func (r *rewriter) emptySwitch(body *ast.BlockStmt) {
	if len(body.List) == 0 && r.off(body.Lbrace) >= 0 {
		r.ed.insert(r.off(body.Lbrace)+1, " default:")
	}
}

// tupleAssign assigns the values of a call with several results (or of a
// comma-ok expression) to variables first when one of the operands is a
// map element, or an interface variable taking a value of another type:
// the interpreter drops the stores to map elements ("m[k], err =
// strconv.Atoi(s)" left m empty) and panics on the conversions ("s, err =
// parse(2)" with a Shape s: "reflect.Set … not assignable"). A conversion
// goes through a function's result, whose frame is new at each call (a
// conversion or a variable would be shared: see copyPtr). The keys must
// be evaluated after the right side with no change (no calls, see pure).
// Where only one statement fits (an if's init), a function literal does
// it.
//
//	m[k], err = f()  →  __gk_t1, __gk_t2 := f(); m[k] = __gk_t1; err = __gk_t2
//	s, err = parse(2)  →  __gk_t1, __gk_t2 := parse(2); s = func(v *Circle) Shape { return v }(__gk_t1); err = __gk_t2
func (r *rewriter) tupleAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Rhs) != 1 || r.off(as.Pos()) < 0 || r.off(as.End()) < 0 {
		return
	}
	rts := r.tupleTypes(as.Rhs[0], len(as.Lhs))
	need := false
	conv := make([]string, len(as.Lhs))
	for i, l := range as.Lhs {
		if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
			if _, isMap := r.typeOf(ix.X).(*types.Map); isMap {
				if !r.pure(ix.X) || !r.pure(ix.Index) {
					return
				}
				need = true
			}
		}
		lt := r.info.TypeOf(l)
		if rts == nil || lt == nil || !isIface(lt) || rts[i] == nil || isIface(rts[i]) || hasTypeParam(lt) || hasTypeParam(rts[i]) {
			continue
		}
		switch rts[i].Underlying().(type) {
		case *types.Struct, *types.Pointer:
		default:
			continue // (a named non-struct type's value is tagged by other rewrites)
		}
		conv[i] = "func(v " + r.typeString(rts[i]) + ") " + r.typeString(lt) + " { return v }"
		need = true
	}
	if !need {
		return
	}
	temps := make([]string, len(as.Lhs))
	var sets []string
	for i, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			temps[i] = "_"
			continue
		}
		r.walk(l)
		temps[i] = r.uniq("t")
		v := temps[i]
		if conv[i] != "" {
			v = conv[i] + "(" + v + ")"
		}
		sets = append(sets, r.exprText(l)+" = "+v)
	}
	head, tail := "", ""
	if !r.inList(as) {
		// An if's or a switch's init, a for's post: one statement, a
		// call of a literal doing the assignments.
		head, tail = "func() { ", " }()"
	}
	r.ed.replace(r.off(as.Lhs[0].Pos()), r.off(as.Rhs[0].Pos()), head+strings.Join(temps, ", ")+" := ")
	r.ed.insertLast(r.off(as.End()), "; "+strings.Join(sets, "; ")+tail)
}

// tupleTypes returns the types of the n values of e, a call with several
// results or a comma-ok expression (nil when unknown).
func (r *rewriter) tupleTypes(e ast.Expr, n int) []types.Type {
	t := r.info.TypeOf(e)
	if tup, ok := t.(*types.Tuple); ok && tup.Len() == n {
		out := make([]types.Type, n)
		for i := range out {
			out[i] = tup.At(i).Type()
		}
		return out
	}
	if n == 2 && t != nil && r.commaOkExpr(e) {
		return []types.Type{t, types.Typ[types.Bool]}
	}
	return nil
}

// recvToIface writes a receive assigned to an interface variable of
// another type as a function's result (see tupleAssign): the interpreter
// panics on the conversion.
//
//	s = <-ch  →  s = func(v T) fmt.Stringer { return v }(<-ch)
func (r *rewriter) recvToIface(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW || r.off(u.Pos()) < 0 || r.off(u.End()) < 0 {
		return
	}
	lt, et := r.info.TypeOf(as.Lhs[0]), r.chanElem(u.X)
	if lt == nil || et == nil || !isIface(lt) || isIface(et) || hasTypeParam(lt) || hasTypeParam(et) {
		return
	}
	switch et.Underlying().(type) {
	case *types.Struct, *types.Pointer:
	default:
		return // a named non-struct type's value is tagged on the way (see tagged.go)
	}
	// Innermost: around the receive, inside other rewrites' wrappers.
	r.ed.insertLast(r.off(u.Pos()), "func(v "+r.typeString(et)+") "+r.typeString(lt)+" { return v }(")
	r.ed.insertFirst(r.off(u.End()), ")")
}

// floatDivZero writes the constant zero divisor of a float or complex
// division as a call: Go allows x/0 for a variable x (+Inf, NaN), the
// interpreter refuses it ("division by zero") as it does for integers.
//
//	sum/0  →  sum/func() float64 { var z float64; return z }()
func (r *rewriter) floatDivZero(b *ast.BinaryExpr) {
	if b.Op != token.QUO || r.info.Types[b.X].Value != nil {
		return
	}
	yv := r.info.Types[b.Y].Value
	t := r.info.TypeOf(b)
	basic, ok := r.typeOf(b).(*types.Basic)
	if yv == nil || t == nil || !ok || basic.Info()&(types.IsFloat|types.IsComplex) == 0 || r.off(b.Y.Pos()) < 0 || r.off(b.Y.End()) < 0 {
		return
	}
	if constant.Sign(yv) != 0 {
		return
	}
	ts := r.typeString(t)
	r.ed.replace(r.off(b.Y.Pos()), r.off(b.Y.End()), "func() "+ts+" { var z "+ts+"; return z }()")
}

// blankBool writes "_ = x != y" and "_ = !b" as an if statement with an
// empty body: the interpreter stores such a result into the first
// operand (p became false after _ = p != q), or panics when its type is
// not bool; and "_ = *p" as a variable's declaration.
//
//	_ = p != q  →  if p != q {}
//	_ = *p      →  { __gk_blank1 := *p; _ = __gk_blank1 }
func (r *rewriter) blankBool(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !r.inList(as) {
		return
	}
	if id, ok := as.Lhs[0].(*ast.Ident); !ok || id.Name != "_" {
		return
	}
	switch x := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.BinaryExpr:
		switch x.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		default:
			return
		}
	case *ast.UnaryExpr:
		if x.Op != token.NOT {
			return
		}
	case *ast.StarExpr:
		// _ = *p: the interpreter reads nothing, and a nil p does not
		// panic.
		if r.off(as.Pos()) < 0 || r.off(as.Rhs[0].Pos()) < 0 || r.off(as.End()) < 0 {
			return
		}
		v := r.uniq("blank")
		r.ed.replace(r.off(as.Pos()), r.off(as.Rhs[0].Pos()), "{ "+v+" := ")
		r.ed.insertLast(r.off(as.End()), "; _ = "+v+" }")
		return
	default:
		return
	}
	if r.off(as.Pos()) < 0 || r.off(as.Rhs[0].Pos()) < 0 || r.off(as.End()) < 0 {
		return
	}
	r.ed.replace(r.off(as.Pos()), r.off(as.Rhs[0].Pos()), "if ")
	r.ed.insertLast(r.off(as.End()), " {}")
}

// namedFuncResultCall calls the result of a call that is of a named func
// type through its underlying type: the interpreter's compiler crashes on
// the call itself ("CFG post-order panic").
//
//	pick(s)(1)  →  (func(int) int)(pick(s))(1)
func (r *rewriter) namedFuncResultCall(call *ast.CallExpr) {
	inner, ok := ast.Unparen(call.Fun).(*ast.CallExpr)
	if !ok || r.isConversion(inner) || r.off(call.Fun.Pos()) < 0 || r.off(call.Fun.End()) < 0 {
		return
	}
	n, ok := types.Unalias(r.info.TypeOf(inner)).(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg || hasTypeParam(n) || isRecursiveFunc(n) {
		return // (a recursive one is any: recursiveFuncCall's)
	}
	sig, ok := n.Underlying().(*types.Signature)
	if !ok {
		return
	}
	r.ed.insert(r.off(call.Fun.Pos()), "("+r.typeString(sig)+")(")
	r.ed.insertLast(r.off(call.Fun.End()), ")")
}

// renamedSrc returns e's source with the names of the locals ident
// renames (see renamedLocal) and of the packages as it writes them: a
// copy of an operand written elsewhere before e's own idents are walked.
func (r *rewriter) renamedSrc(e ast.Expr) string {
	from, to := r.off(e.Pos()), r.off(e.End())
	src := r.cell.Src[from:to]
	type ren struct {
		at, end int
		name    string
	}
	var rens []ren
	ast.Inspect(e, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := r.info.Uses[id].(*types.Var); ok && r.renamedLocal(v) {
				rens = append(rens, ren{r.off(id.Pos()) - from, r.off(id.End()) - from, localPrefix + v.Name()})
			}
			if pn, ok := r.info.Uses[id].(*types.PkgName); ok {
				// (A package the interpreter has under another name:
				// fmt__gkp2, when the kernel imported it first.)
				if a := r.name(pn); a != "" && a != id.Name {
					rens = append(rens, ren{r.off(id.Pos()) - from, r.off(id.End()) - from, a})
				}
			}
		}
		return true
	})
	for i := len(rens) - 1; i >= 0; i-- {
		x := rens[i]
		src = src[:x.at] + x.name + src[x.end:]
	}
	return src
}
