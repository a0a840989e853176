package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// selectStmt rewrites a select statement into a switch on the index of
// the case the runtime's Select chose. The interpreter's select keeps its
// cases in one array per statement, which goroutines running the same
// select at once overwrite (the concurrent prime sieve deadlocks):
//
//	select {                     var r0 T; switch func() int { return __gk.Select(false,
//	case v := <-in:          →       __gk.SelRecv(in, &r0, nil), __gk.SelSend(out, x)) }() {
//	case out <- x:               case 0: v := r0;
//	}                            case 1:
//	                             }
//
// Channels and sent values are evaluated in order when the select runs,
// as Go does; the bodies stay where they are (break leaves the switch as
// it left the select). label is the statement's label, if any.
func (r *rewriter) selectStmt(s *ast.SelectStmt, label *ast.LabeledStmt) bool {
	if r.off(s.Select) < 0 || r.off(s.Body.Lbrace) < 0 {
		return false
	}
	var decls, args []string
	hasDefault := false
	type header struct {
		cc   *ast.CommClause
		text string
	}
	var heads []header
	n := 0
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CommClause)
		if !ok {
			return false
		}
		if cc.Comm == nil {
			hasDefault = true
			heads = append(heads, header{cc, "default:"})
			continue
		}
		head := "case " + itoa(n) + ":"
		c, ok := r.commCase(cc.Comm)
		if !ok {
			return false
		}
		decls = append(decls, c.decls...)
		args = append(args, c.arg)
		if c.assign != "" {
			head += " " + c.assign + ";"
			for _, l := range c.defined {
				head += " _ = " + l + ";"
			}
		}
		heads = append(heads, header{cc, head})
		n++
	}
	def := "false"
	if hasDefault {
		def = "true"
	}
	call := rtName + ".Select(" + def
	for _, a := range args {
		call += ", " + a
	}
	call += ")"
	at := s.Select
	if label != nil {
		at = label.Pos()
	}
	if len(decls) > 0 {
		r.ed.insert(r.off(at), strings.Join(decls, ""))
	}
	if len(heads) == 0 { // select {}: the interpreter skips an empty switch
		r.ed.replace(r.off(s.Select), r.off(s.Body.Lbrace), call+"; ")
		return true
	}
	r.ed.replace(r.off(s.Select), r.off(s.Body.Lbrace), "switch func() int { return "+call+" }() ")
	for _, h := range heads {
		r.ed.replace(r.off(h.cc.Case), r.off(h.cc.Colon)+1, h.text)
	}
	return true
}

// comm is a communication written for the runtime's Select: its
// declarations, the case's argument (SelRecv or SelSend), and the
// assignment of the received values (with the variables it defines).
type comm struct {
	decls   []string
	arg     string
	assign  string
	defined []string
	vals    []string // the variables a receive stores in
}

// commCase writes the communication of a select case or a statement:
// ch <- v, <-ch, or an assignment (= or :=) of <-ch to one or two
// operands.
func (r *rewriter) commCase(st ast.Stmt) (comm, bool) {
	var c comm
	switch s := st.(type) {
	case *ast.SendStmt:
		r.walk(s.Chan) // (convText walks the value)
		elem := r.chanElem(s.Chan)
		if elem == nil {
			return c, false
		}
		if types.IsInterface(elem) {
			// In a slice of the element type, the value keeps its
			// interface (see selSendElem).
			c.arg = rtName + ".SelSendElem(" + r.exprText(s.Chan) + ", []" + r.typeString(elem) + "{" + r.convText(s.Value, elem) + "})"
			return c, true
		}
		c.arg = rtName + ".SelSend(" + r.exprText(s.Chan) + ", " + r.convText(s.Value, elem) + ")"
	case *ast.ExprStmt:
		u, ok := ast.Unparen(s.X).(*ast.UnaryExpr)
		if !ok || u.Op != token.ARROW {
			return c, false
		}
		r.walk(u.X)
		c.arg = rtName + ".SelRecv(" + r.exprText(u.X) + ", nil, nil)"
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 || len(s.Lhs) == 0 || len(s.Lhs) > 2 {
			return c, false
		}
		u, ok := ast.Unparen(s.Rhs[0]).(*ast.UnaryExpr)
		if !ok || u.Op != token.ARROW {
			return c, false
		}
		elem := r.chanElem(u.X)
		if elem == nil {
			return c, false
		}
		r.walk(u.X)
		for _, l := range s.Lhs {
			r.walk(l)
		}
		val := r.uniq("sv")
		c.decls = append(c.decls, "var "+val+" "+r.typeString(elem)+"; ")
		okVar := "nil"
		vals := []string{val}
		if len(s.Lhs) == 2 {
			ok := r.uniq("sok")
			c.decls = append(c.decls, "var "+ok+" bool; ")
			okVar = "&" + ok
			vals = append(vals, ok)
		}
		c.arg = rtName + ".SelRecv(" + r.exprText(u.X) + ", &" + val + ", " + okVar + ")"
		lhs := make([]string, len(s.Lhs))
		for i, l := range s.Lhs {
			lhs[i] = r.exprText(l)
			if s.Tok == token.DEFINE && lhs[i] != "_" {
				c.defined = append(c.defined, lhs[i])
			}
		}
		c.assign = strings.Join(lhs, ", ") + " " + s.Tok.String() + " " + strings.Join(vals, ", ")
		if s.Tok == token.ASSIGN && len(lhs) == 2 {
			// One assignment each: the interpreter's tuple assignment
			// panics (reflect.Set) when the value is an interface whose
			// variable's address went to the runtime.
			c.assign = lhs[0] + " = " + vals[0] + "; " + lhs[1] + " = " + vals[1]
		}
		c.vals = vals
	default:
		return c, false
	}
	return c, true
}

// chanElem returns the element type of a channel expression.
func (r *rewriter) chanElem(ch ast.Expr) types.Type {
	tv, ok := r.info.Types[ch]
	if !ok || tv.Type == nil {
		return nil
	}
	c, ok := tv.Type.Underlying().(*types.Chan)
	if !ok {
		return nil
	}
	return c.Elem()
}

// exprText returns an expression's source with its rewrites (a local
// variable's name as renamedLocal has it, whether or not the ident's own
// rewrite came first).
func (r *rewriter) exprText(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		if name := r.identName(id); name != id.Name {
			return name
		}
	}
	return r.text(e.Pos(), e.End())
}

// convText returns the value sent on a channel, converted to the
// element type when it is an untyped constant or nil (passed as any, it
// would take its default type).
func (r *rewriter) convText(e ast.Expr, elem types.Type) string {
	r.walk(e)
	text := r.exprText(e)
	if t := r.info.Types[e].Type; t != nil && isUntyped(t) {
		return "(" + r.typeString(elem) + ")(" + text + ")"
	}
	return text
}

// commStmt writes a send or receive statement of a statement list (ch <-
// v, <-ch, v := <-ch, v, ok = <-ch) on a channel that is a name or a
// field of one (see plainOperand) so that an interrupt ends it: a
// buffered channel ready at once takes the interpreter's own operation
// (five times faster), other cases the runtime's Recv or Send, which wait
// as Select does. The interpreter's own waits end only with its
// cancellation, which stops all of its older code. Values that go into an
// interface on the way (a struct sent on a chan Shape) keep the
// interpreter's operation, which other rewrites take care of.
//
//	v := <-in  →  var r0 T; if len(in) > 0 { r0 = (T)(<-in) } else { __gk.Recv(in, &r0, nil) }; v := r0
//	out <- x   →  var r1 T = x; if len(out) < cap(out) { out <- r1 } else { __gk.Send(out, r1) }
func (r *rewriter) commStmt(s ast.Stmt) bool {
	if r.comms[s] || r.off(s.Pos()) < 0 || r.off(s.End()) < 0 || !r.inList(s) {
		return false
	}
	if r.comms == nil {
		r.comms = map[ast.Stmt]bool{}
	}
	r.comms[s] = true
	top, last := r.cellStmt(s)
	switch s := s.(type) {
	case *ast.SendStmt:
		return r.sendStmt(s)
	case *ast.ExprStmt:
		u, ok := ast.Unparen(s.X).(*ast.UnaryExpr)
		if !ok || u.Op != token.ARROW || !plainOperand(u.X) {
			return false
		}
		elem := r.chanElem(u.X)
		if elem == nil || hasTypeParam(elem) {
			return false
		}
		r.walk(u.X)
		ch := r.exprText(u.X)
		if last {
			// The cell's result: the value received.
			v, et := r.uniq("sv"), r.typeString(elem)
			r.ed.replace(r.off(u.Pos()), r.off(u.End()), "func() "+et+" { var "+v+" "+et+"; if len("+ch+") > 0 { "+
				v+" = <-"+ch+" } else { "+rtName+".Recv("+ch+", &"+v+", nil) }; return "+v+" }()")
			return true
		}
		r.ed.replace(r.off(s.Pos()), r.off(s.End()),
			"if len("+ch+") > 0 { <-"+ch+" } else { "+rtName+".Recv("+ch+", nil, nil) }")
		return true
	case *ast.AssignStmt:
		return r.recvAssign(s, top)
	}
	return false
}

// sendStmt writes a send statement (see commStmt). The value stays where
// it is, with its rewrites, assigned to a variable of the element type.
func (r *rewriter) sendStmt(s *ast.SendStmt) bool {
	elem, vt := r.chanElem(s.Chan), r.info.TypeOf(s.Value)
	if elem == nil || vt == nil || !types.Identical(elem, vt) && !isUntyped(vt) || hasTypeParam(elem) || !plainOperand(s.Chan) {
		return false
	}
	if r.callsRecover(s.Value) {
		return false // recover's value must reach the channel as it is (see deferlit.go)
	}
	r.walk(s.Chan)
	r.walk(s.Value) // its rewrites stay in place
	ch, v, et := r.exprText(s.Chan), r.uniq("sv"), r.typeString(elem)
	slow := rtName + ".Send(" + ch + ", " + v + ")"
	if types.IsInterface(elem) {
		// In a slice of the element type, the value keeps its
		// interface (see selSendElem).
		slow = rtName + ".SendElem(" + ch + ", []" + et + "{" + v + "})"
	}
	decl := v + " := " // of the value's type (the element type's name may be an older version's)
	if isUntyped(vt) || r.info.Types[s.Value].Value != nil {
		// A constant: go/types gives it the element type, := would not.
		decl = "var " + v + " " + et + " = "
	}
	r.ed.replaceOuter(r.off(s.Pos()), r.off(s.Value.Pos()), decl)
	r.ed.insertLast(r.off(s.End()), "; if len("+ch+") < cap("+ch+") { "+ch+" <- "+v+" } else { "+slow+" }")
	return true
}

// recvAssign writes an assignment of a receive (see commStmt); top tells
// a statement of the cell's top level, whose variables are the session's.
func (r *rewriter) recvAssign(s *ast.AssignStmt, top bool) bool {
	if len(s.Rhs) != 1 || len(s.Lhs) > 2 || s.Tok != token.DEFINE && s.Tok != token.ASSIGN {
		return false
	}
	u, ok := ast.Unparen(s.Rhs[0]).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW || !plainOperand(u.X) {
		return false
	}
	elem := r.chanElem(u.X)
	if elem != nil && hasTypeParam(elem) {
		return r.genericRecvAssign(s, u)
	}
	if elem == nil {
		return false
	}
	for i, l := range s.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		lt := r.info.TypeOf(l)
		if lt == nil || i == 0 && !types.Identical(lt, elem) || i == 1 && !isBool(lt) {
			return false
		}
	}
	c, ok := r.commCase(s)
	if !ok {
		return false
	}
	if top && s.Tok == token.DEFINE {
		// The cell's variables are the session's (see emitCell).
		c.assign = strings.Replace(c.assign, " := ", " = ", 1)
	}
	ch := r.exprText(u.X)
	fast := c.vals[0] + " = (" + r.typeString(elem) + ")(<-" + ch + ")"
	okArg := "nil"
	if len(c.vals) == 2 {
		fast = c.vals[0] + ", " + c.vals[1] + " = <-" + ch
		okArg = "&" + c.vals[1]
	}
	r.ed.replaceOuter(r.off(s.Pos()), r.off(s.End()), strings.Join(c.decls, "")+
		"if len("+ch+") > 0 { "+fast+" } else { "+rtName+".Recv("+ch+", &"+c.vals[0]+", "+okArg+") }; "+c.assign)
	return true
}

// genericRecvAssign writes "x = <-ch" of a generic function, whose
// element type is a type parameter, as a receive into a new variable
// assigned then: the interpreter's own receive stores the zero value into
// an element, a field, a pointer's target or a captured variable, and
// panics for a named result. The receive stays the interpreter's.
//
//	out[0] = <-ch  →  r0 := <-ch; out[0] = r0
func (r *rewriter) genericRecvAssign(s *ast.AssignStmt, u *ast.UnaryExpr) bool {
	if s.Tok != token.ASSIGN || len(s.Lhs) != 1 {
		return false
	}
	if id, ok := s.Lhs[0].(*ast.Ident); ok && id.Name == "_" {
		return false
	}
	r.walk(s.Lhs[0])
	r.walk(u)
	v := r.uniq("sv")
	lhs := r.exprText(s.Lhs[0])
	r.ed.replaceOuter(r.off(s.Pos()), r.off(s.Rhs[0].Pos()), v+" := ")
	r.ed.insertLast(r.off(s.End()), "; "+lhs+" = "+v)
	return true
}

// cellStmt reports whether s is a statement of the cell's top level, and
// whether it is the cell's result.
func (r *rewriter) cellStmt(s ast.Stmt) (top, result bool) {
	return r.topStmts[s], r.resultStmt != nil && ast.Stmt(r.resultStmt) == s
}

// inList reports whether s is a statement of a block or a case's body
// (not an if's or a for's init, nor a select case's communication).
func (r *rewriter) inList(s ast.Stmt) bool {
	if r.topStmts[s] {
		return true
	}
	r.makeParents()
	var list []ast.Stmt
	switch p := r.parents[s].(type) {
	case *ast.BlockStmt:
		list = p.List
	case *ast.CaseClause:
		list = p.Body
	case *ast.CommClause:
		list = p.Body
	}
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// chanRange writes a range over a channel as a loop receiving through the
// kernel (see commStmt), so that an interrupt ends a loop waiting on a
// channel nobody closes. The channel is evaluated once, as Go does; the
// body keeps its own block.
//
//	for v := range ch {B}
//	→ for __gk_rc := ch; true; { var r0 T; var r1 bool; if len(__gk_rc) > 0 { r0, r1 = <-__gk_rc } else { __gk.Recv(__gk_rc, &r0, &r1) }; if !r1 { break }; v := r0; {B} }
func (r *rewriter) chanRange(s *ast.RangeStmt, xt types.Type) bool {
	c, ok := xt.Underlying().(*types.Chan)
	if !ok || hasTypeParam(c.Elem()) || s.Value != nil {
		return false
	}
	start := s.Range
	if s.Key != nil {
		start = s.Key.Pos()
	}
	if r.off(start) < 0 || r.off(s.X.Pos()) < 0 || r.off(s.X.End()) < 0 || r.off(s.Body.Lbrace) < 0 || r.off(s.Body.Rbrace) < 0 {
		return false
	}
	assign := ""
	if id, ok := s.Key.(*ast.Ident); s.Key != nil && !(ok && id.Name == "_") {
		r.walk(s.Key)
		assign = r.exprText(s.Key) + " " + s.Tok.String() + " "
	}
	rc, rv, ro := r.uniq("rc"), r.uniq("rv"), r.uniq("ro")
	if assign != "" {
		assign += rv + "; "
	}
	r.ed.replaceOuter(r.off(start), r.off(s.X.Pos()), rc+" := ") // (over the key's own rename)
	r.ed.insert(r.off(s.X.End()), "; true; ")                    // see forInitOnly
	r.ed.insert(r.off(s.Body.Lbrace), "{ var "+rv+" "+r.typeString(c.Elem())+"; var "+ro+" bool; if len("+rc+") > 0 { "+
		rv+", "+ro+" = <-"+rc+" } else { "+rtName+".Recv("+rc+", &"+rv+", &"+ro+") }; if !"+ro+" { break }; "+assign)
	r.ed.insert(r.off(s.Body.Rbrace)+1, " }")
	return true
}
