package compile

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"gokernel/kernel/engine/cell"
)

// constType returns " T" for a typed constant, "" for an untyped one.
func (t *translation) constType(obj types.Object) string {
	if b, ok := obj.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return ""
	}
	return " " + t.typeStr(obj.Type())
}

// putConst records a constant of the session as a declaration of its own.
func (t *translation) putConst(obj *types.Const, cl *cell.Cell, pos token.Pos) {
	typ := ""
	if b, ok := obj.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
		typ = " " + t.sessionTypeStr(obj.Type())
	}
	src := "const " + obj.Name() + typ + " = " + constLiteral(types.TypeAndValue{Type: obj.Type(), Value: obj.Val()})
	node := t.parseDecl(src)
	if node == nil {
		return
	}
	t.c.sess.put(&Decl{Key: obj.Name(), Kind: KindConst, Cell: cl.Name, Node: node, Src: src,
		Names: []string{obj.Name()}, Deps: typeDeps(obj.Type(), t.ck.pkg), Type: t.typeStr(obj.Type()),
		Pos: t.c.fset.Position(pos), cell: cl})
}

// varNode builds the session's declaration of a variable.
func (t *translation) varNode(name, typ string) ast.Decl {
	return t.parseDecl("var " + name + " " + typ)
}

// parseDecl parses one declaration for the session's check file.
func (t *translation) parseDecl(src string) ast.Decl {
	f, err := parser.ParseFile(t.c.fset, "session", "package main\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return nil
	}
	return f.Decls[0]
}

// typesKey is the pseudo-key of declarations that depend on the
// session's set of types and their methods.
const typesKey = "#types"

// deps lists the session keys a declaration refers to.
func (t *translation) deps(n ast.Node) []string {
	set := map[string]bool{}
	info := t.ck.info
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			// Assertions to interfaces are written for the session's
			// types (see sessionTypesFor): a new type, or a new method,
			// calls for writing them again.
			if n.Type == nil || types.IsInterface(info.TypeOf(n.Type)) {
				set[typesKey] = true
			}
		case *ast.CallExpr:
			// A template's data is described with its type's methods
			// (see templateCall), and errors.As matches an interface
			// target through the session's types (see asMatch): a new
			// type or method calls for writing them again.
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil {
					switch fn.Pkg().Path() + "." + fn.Name() {
					case "text/template.Execute", "text/template.ExecuteTemplate",
						"html/template.Execute", "html/template.ExecuteTemplate",
						"errors.As", "errors.AsType":
						set[typesKey] = true
					}
				}
			}
		case *ast.Ident:
			if obj := info.Uses[n]; t.pkgLevel(obj) {
				if _, isPkg := obj.(*types.PkgName); !isPkg {
					set[obj.Name()] = true
				}
			}
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s != nil {
				if f, ok := s.Obj().(*types.Func); ok {
					if named := recvNamed(f); named != nil && named.Obj().Pkg() == t.ck.pkg {
						set[named.Obj().Name()+"."+f.Name()] = true
					}
				}
			}
		}
		return true
	})
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// declDeps is deps of a declaration, typesKey included when its rewrite
// listed the session's types.
func (t *translation) declDeps(n ast.Node) []string {
	deps := t.deps(n)
	if t.typeSetUsers[n] && !slices.Contains(deps, typesKey) {
		deps = append(deps, typesKey)
		sort.Strings(deps)
	}
	return deps
}

func recvNamed(f *types.Func) *types.Named {
	sig, ok := f.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil
	}
	typ := sig.Recv().Type()
	if p, ok := typ.(*types.Pointer); ok {
		typ = p.Elem()
	}
	n, _ := typ.(*types.Named)
	return n
}

// typeDeps lists the cell package's named types that typ mentions.
func typeDeps(typ types.Type, pkg *types.Package) []string {
	set := map[string]bool{}
	walkTypes(typ, func(t *types.Named) {
		if t.Obj().Pkg() == pkg {
			set[t.Obj().Name()] = true
		}
	})
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// walkTypes calls named for each named type typ is made of: itself, the
// types it is a pointer, slice, array, map or channel of, its struct
// fields, parameters and results, and the type arguments of those (not
// the underlying types of named ones).
func walkTypes(typ types.Type, named func(*types.Named)) {
	seen := map[types.Type]bool{}
	var walk func(types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			named(t)
			if args := t.TypeArgs(); args != nil {
				for i := 0; i < args.Len(); i++ {
					walk(args.At(i))
				}
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type())
			}
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type())
			}
		case *types.Alias:
			walk(types.Unalias(t))
		}
	}
	walk(typ)
}

// docOf returns a declaration's doc comment.
func docOf(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Doc.Text()
	case *ast.GenDecl:
		if len(d.Specs) == 1 {
			if ts, ok := d.Specs[0].(*ast.TypeSpec); ok && ts.Doc != nil {
				return ts.Doc.Text()
			}
		}
		return d.Doc.Text()
	}
	return ""
}
