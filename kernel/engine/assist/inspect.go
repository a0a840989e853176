package assist

import (
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel"
)

// target is the symbol inspection describes.
type target struct {
	obj types.Object
	// owner names the struct or interface type a field or method belongs
	// to, when known ("" otherwise).
	owner string
}

// inspect implements Assistant.Inspect; cursor is within code.
func (as *Assistant) inspect(an Analyzer, code string, cursor, detail int) kernel.Inspection {
	toks := lex(code)
	if inLiteral(code, toks, cursor) {
		return kernel.Inspection{}
	}
	ws, we := wordAt(code, cursor)
	if w := code[ws:we]; w == "" || isNumberStart(w) || token.Lookup(w).IsKeyword() {
		// Not on a name: the function of the call around the cursor.
		lp := openCall(toks, cursor)
		if lp < 1 || toks[lp-1].t != token.IDENT {
			return kernel.Inspection{}
		}
		ws, we = toks[lp-1].off, toks[lp-1].end
	}
	start := ws
	if i := tokenAt(toks, ws); i >= 0 {
		if s := operandStart(toks, i); s >= 0 {
			start = s
		}
	}
	a := analyzeExpr(an, code, start, we, max(cursor, we), "")
	t := as.targetAt(a, code, toks, ws, we, start)
	if t.obj == nil {
		return kernel.Inspection{}
	}
	d := as.describe(a, t)
	return kernel.Inspection{Found: true, Bundle: d.bundle(detail)}
}

// targetAt resolves the identifier at [ws, we) of code, which ends the
// operand starting at start (pkg.Name, x.y.Name or Name).
func (as *Assistant) targetAt(a *analysis, code string, toks []tok, ws, we, start int) target {
	if a != nil {
		off := a.at(ws)
		path := a.Node(off)
		for i := len(path) - 1; i >= 0; i-- {
			id, ok := path[i].(*ast.Ident)
			if !ok || a.Cell.Offset(id.Pos()) != off {
				continue
			}
			obj := a.Info.Uses[id]
			if obj == nil {
				obj = a.Info.Defs[id]
			}
			if obj != nil {
				return target{obj: obj, owner: ownerOf(a, path[:i], id, obj)}
			}
			break
		}
	}
	// Unresolved (the analysis failed, or the package is not imported): a
	// package name, or pkg.Name.
	name := code[ws:we]
	if start == ws {
		if pkg := as.packageOf(a, nil, name); pkg != nil {
			return target{obj: types.NewPkgName(token.NoPos, nil, name, pkg)}
		}
		return target{}
	}
	i := tokenAt(toks, start)
	if i < 0 || i+2 >= len(toks) || toks[i].t != token.IDENT || toks[i+1].t != token.PERIOD || toks[i+2].off != ws {
		return target{}
	}
	pkg := as.packageOf(a, nil, code[toks[i].off:toks[i].end])
	if pkg == nil {
		return target{}
	}
	if obj := pkg.Scope().Lookup(name); obj != nil && obj.Exported() {
		return target{obj: obj}
	}
	return target{}
}

// ownerOf names the type declaring field or method obj, selected by id
// (path leads to id): the method's receiver, else the type holding the
// member along the selection's path, else the type of the composite
// literal whose key id is.
func ownerOf(a *analysis, path []ast.Node, id *ast.Ident, obj types.Object) string {
	switch obj := obj.(type) {
	case *types.Var:
		if !obj.IsField() {
			return ""
		}
	case *types.Func:
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			if n := namedOf(sig.Recv().Type()); n != nil {
				return n.Obj().Name()
			}
		}
	default:
		return ""
	}
	for i := len(path) - 1; i >= 0; i-- {
		switch n := path[i].(type) {
		case *ast.SelectorExpr:
			if n.Sel != id {
				continue
			}
			if sel := a.Info.Selections[n]; sel != nil {
				return holder(sel.Recv(), sel.Index())
			}
			return ""
		case *ast.CompositeLit:
			if tv, ok := a.Info.Types[n]; ok {
				if named := namedOf(tv.Type); named != nil {
					return named.Obj().Name()
				}
			}
			return ""
		}
	}
	return ""
}

// holder names the type that declares the field or method reached from
// recv through the indices index (embedded fields, then the member).
func holder(recv types.Type, index []int) string {
	t := recv
	for k := 0; k < len(index)-1; k++ {
		st, ok := deref(t).Underlying().(*types.Struct)
		if !ok || index[k] >= st.NumFields() {
			return ""
		}
		t = st.Field(index[k]).Type()
	}
	if n := namedOf(t); n != nil {
		return n.Obj().Name()
	}
	return ""
}

// deref removes aliases and one level of pointer.
func deref(t types.Type) types.Type {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		return types.Unalias(p.Elem())
	}
	return t
}

// namedOf returns the named type t is, or points to, or nil.
func namedOf(t types.Type) *types.Named {
	n, _ := deref(t).(*types.Named)
	return n
}
