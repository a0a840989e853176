package stdgen

import (
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strings"
)

// typeParamPrefix starts the names of the sources' type parameters: the
// interpreter resolves a type parameter named like a type of the cells
// (type T int, type E struct{…}) to that type, so the sources' S, E, K,
// V, T are renamed where they are loaded.
const typeParamPrefix = "__gk_tp_"

// renameTypeParams returns src with the type parameters of its generic
// functions, types and methods renamed (typeParamPrefix), or src itself
// if it does not parse.
func renameTypeParams(src string) string {
	const head = "package p\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", head+src, parser.SkipObjectResolution)
	if err != nil {
		return src
	}
	type edit struct{ at, n int }
	var edits []edit
	rename := func(decl ast.Node, params map[string]bool) {
		if len(params) == 0 {
			return
		}
		ast.Inspect(decl, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(n.X, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && params[id.Name] {
						edits = append(edits, edit{fset.Position(id.Pos()).Offset - len(head), len(id.Name)})
					}
					return true
				})
				return false // not the selected name
			case *ast.Ident:
				if params[n.Name] {
					edits = append(edits, edit{fset.Position(n.Pos()).Offset - len(head), len(n.Name)})
				}
			}
			return true
		})
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			params := fieldNames(d.Type.TypeParams)
			if d.Recv != nil && len(d.Recv.List) == 1 {
				for _, id := range recvTypeParams(d.Recv.List[0].Type) {
					params[id] = true
				}
			}
			rename(d, params)
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok {
					rename(ts, fieldNames(ts.TypeParams))
				}
			}
		}
	}
	if len(edits) == 0 {
		return src
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].at < edits[j].at })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.at < last {
			continue
		}
		b.WriteString(src[last:e.at])
		b.WriteString(typeParamPrefix)
		last = e.at
	}
	b.WriteString(src[last:])
	return b.String()
}

// fieldNames returns the names a field list declares.
func fieldNames(fl *ast.FieldList) map[string]bool {
	names := map[string]bool{}
	if fl == nil {
		return names
	}
	for _, f := range fl.List {
		for _, n := range f.Names {
			names[n.Name] = true
		}
	}
	return names
}

// recvTypeParams returns the type parameter names of a method's receiver
// type (T of *List[T]).
func recvTypeParams(t ast.Expr) []string {
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	var idx []ast.Expr
	switch x := t.(type) {
	case *ast.IndexExpr:
		idx = []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		idx = x.Indices
	}
	var out []string
	for _, e := range idx {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			out = append(out, id.Name)
		}
	}
	return out
}
