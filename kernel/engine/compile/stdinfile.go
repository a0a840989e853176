package compile

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The cells' os.Stdin is the kernel's reader (each read asks the frontend
// for a line), not an *os.File: where the code needs it as one (an
// argument, element, field or variable of type *os.File), it gets the
// process's standard input, whose reads find nothing, as a program run
// with no input would:
//
//	process(os.Stdin)  →  process(__gk.StdinFile())

// isOSStdin reports the selector os.Stdin.
func (r *rewriter) isOSStdin(sel *ast.SelectorExpr) bool {
	v := r.pkgVarOf(sel)
	return v != nil && v.Pkg().Path() == "os" && v.Name() == "Stdin"
}

// stdinFile rewrites os.Stdin where an *os.File is wanted.
func (r *rewriter) stdinFile(sel *ast.SelectorExpr) {
	if !r.isOSStdin(sel) || r.off(sel.Pos()) < 0 || r.off(sel.End()) < 0 {
		return
	}
	want := r.wantedType(sel)
	if want == nil || !types.Identical(want, r.info.TypeOf(sel)) {
		return
	}
	r.ed.replace(r.off(sel.Pos()), r.off(sel.End()), rtName+".StdinFile()")
}

// wantedType returns the type e goes into as an argument, an element or
// field of a composite literal, or the value of an assignment or typed
// variable, or nil.
func (r *rewriter) wantedType(e ast.Expr) types.Type {
	r.makeParents()
	switch p := r.parents[e].(type) {
	case *ast.CallExpr:
		sig, ok := r.info.TypeOf(p.Fun).(*types.Signature)
		if !ok || r.info.Types[p.Fun].IsType() {
			return nil
		}
		for i, a := range p.Args {
			if a != e {
				continue
			}
			params := sig.Params()
			switch {
			case sig.Variadic() && i >= params.Len()-1 && !p.Ellipsis.IsValid():
				if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
					return s.Elem()
				}
			case i < params.Len():
				return params.At(i).Type()
			}
		}
	case *ast.AssignStmt:
		if p.Tok != token.ASSIGN || len(p.Lhs) != len(p.Rhs) {
			return nil
		}
		for i, v := range p.Rhs {
			if v == e {
				return r.info.TypeOf(p.Lhs[i])
			}
		}
	case *ast.ValueSpec:
		if p.Type != nil {
			return r.info.TypeOf(p.Type)
		}
	case *ast.CompositeLit:
		u := r.concrete(r.info.TypeOf(p)).Underlying()
		if st, ok := u.(*types.Struct); ok {
			for i, x := range p.Elts {
				if x == e && i < st.NumFields() {
					return st.Field(i).Type()
				}
			}
			return nil
		}
		return elemOf(u)
	case *ast.KeyValueExpr:
		if p.Value != e {
			return nil
		}
		lit, ok := r.parents[p].(*ast.CompositeLit)
		if !ok {
			return nil
		}
		u := r.concrete(r.info.TypeOf(lit)).Underlying()
		if st, ok := u.(*types.Struct); ok {
			if k, ok := p.Key.(*ast.Ident); ok {
				for i := range st.NumFields() {
					if st.Field(i).Name() == k.Name {
						return st.Field(i).Type()
					}
				}
			}
			return nil
		}
		return elemOf(u)
	}
	return nil
}

// elemOf is the element type of a slice, array or map type, or nil.
func elemOf(u types.Type) types.Type {
	switch u := u.(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Map:
		return u.Elem()
	}
	return nil
}
