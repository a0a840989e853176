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
		switch c := cc.Comm.(type) {
		case *ast.SendStmt:
			r.walk(c)
			elem := r.chanElem(c.Chan)
			if elem == nil {
				return false
			}
			if types.IsInterface(elem) {
				// In a slice of the element type, the value keeps its
				// interface (see selSendElem).
				args = append(args, rtName+".SelSendElem("+r.exprText(c.Chan)+", []"+r.typeString(elem)+"{"+r.convText(c.Value, elem)+"})")
				break
			}
			args = append(args, rtName+".SelSend("+r.exprText(c.Chan)+", "+r.convText(c.Value, elem)+")")
		case *ast.ExprStmt:
			u, ok := ast.Unparen(c.X).(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW {
				return false
			}
			r.walk(u.X)
			args = append(args, rtName+".SelRecv("+r.exprText(u.X)+", nil, nil)")
		case *ast.AssignStmt:
			if len(c.Rhs) != 1 || len(c.Lhs) == 0 || len(c.Lhs) > 2 {
				return false
			}
			u, ok := ast.Unparen(c.Rhs[0]).(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW {
				return false
			}
			elem := r.chanElem(u.X)
			if elem == nil {
				return false
			}
			r.walk(u.X)
			for _, l := range c.Lhs {
				r.walk(l)
			}
			val := r.uniq("sv")
			decls = append(decls, "var "+val+" "+r.typeString(elem)+"; ")
			okVar := "nil"
			vals := []string{val}
			if len(c.Lhs) == 2 {
				ok := r.uniq("sok")
				decls = append(decls, "var "+ok+" bool; ")
				okVar = "&" + ok
				vals = append(vals, ok)
			}
			args = append(args, rtName+".SelRecv("+r.exprText(u.X)+", &"+val+", "+okVar+")")
			lhs := make([]string, len(c.Lhs))
			for i, l := range c.Lhs {
				lhs[i] = r.exprText(l)
			}
			head += " " + strings.Join(lhs, ", ") + " " + c.Tok.String() + " " + strings.Join(vals, ", ") + ";"
			if c.Tok == token.DEFINE {
				for _, l := range lhs {
					if l != "_" {
						head += " _ = " + l + ";"
					}
				}
			}
		default:
			return false
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

// exprText returns an expression's source with its rewrites.
func (r *rewriter) exprText(e ast.Expr) string {
	return r.text(e.Pos(), e.End())
}

// convText returns the value sent on a channel, converted to the
// element type when it is an untyped constant or nil (passed as any, it
// would take its default type).
func (r *rewriter) convText(e ast.Expr, elem types.Type) string {
	r.walk(e)
	text := r.exprText(e)
	if b, ok := r.info.Types[e].Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "(" + r.typeString(elem) + ")(" + text + ")"
	}
	return text
}
