package compile

import (
	"go/ast"
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
			names = append(names, id.Name)
			zeros = append(zeros, "*new("+r.typeString(obj.Type())+")")
		}
	}
	if len(names) == 0 {
		return
	}
	r.ed.insertFirst(r.off(body.Lbrace)+1, " "+strings.Join(names, ", ")+" = "+strings.Join(zeros, ", ")+";")
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
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			continue
		}
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
}

// promotedViaIface writes the path to a method promoted from an embedded
// interface field, x.M as x.Iface.M: the interpreter panics ("invalid
// interface value") calling it through the struct.
func (r *rewriter) promotedViaIface(sel *ast.SelectorExpr) {
	s, ok := r.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal || len(s.Index()) < 2 || r.off(sel.X.End()) < 0 {
		return
	}
	t := s.Recv()
	var names []string
	for _, i := range s.Index()[:len(s.Index())-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return
		}
		f := st.Field(i)
		if !f.Exported() && f.Pkg() != r.pkg {
			return
		}
		names = append(names, f.Name())
		t = f.Type()
	}
	if !types.IsInterface(t) {
		return // promoted from an embedded struct: the interpreter knows it
	}
	r.ed.insert(r.off(sel.X.End()), "."+strings.Join(names, "."))
}
