package stdgen_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"slices"
	"strings"
	"testing"

	"gokernel/kernel/engine/stdgen"
	"gokernel/kernel/engine/symbols"
)

func TestName(t *testing.T) {
	for _, tc := range []struct {
		path, name string
		want       string
		ok         bool
	}{
		{"slices", "Sort", "__gk_slices_Sort", true},
		{"math/rand/v2", "N", "__gk_math_rand_v2_N", true},
		{"sync/atomic", "Pointer", "__gk_sync_atomic_Pointer", true},
		{"cmp", "Ordered", "__gk_cmp_Ordered", true},
		{"slices", "Nope", "", false},
		{"iter", "Seq", "", false}, // the compiler writes func types
		{"weak", "Make", "", false},
		{"runtime", "AddCleanup", "", false},
		{"fmt", "Println", "", false},
	} {
		got, ok := stdgen.Name(tc.path, tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Name(%q, %q) = %q, %v; want %q, %v", tc.path, tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

func TestPackages(t *testing.T) {
	pkgs := stdgen.Packages()
	if !slices.IsSorted(pkgs) {
		t.Errorf("Packages() = %v, not sorted", pkgs)
	}
	for _, path := range pkgs {
		if _, ok := stdgen.Source(path); !ok {
			t.Errorf("Source(%q): no source", path)
		}
		generic := symbols.Generic(path)
		for _, name := range stdgen.Names(path) {
			if !slices.Contains(generic, name) {
				t.Errorf("%s.%s is implemented but not in symbols.Generic", path, name)
			}
		}
		for _, r := range stdgen.Requires(path) {
			if len(stdgen.Requires(r)) != 0 {
				t.Errorf("Requires(%q) includes %q, which requires more", path, r)
			}
		}
	}
	if _, ok := stdgen.Source("fmt"); ok {
		t.Errorf("Source(fmt) exists")
	}
	// Every file of src belongs to a package.
	files, err := os.ReadDir("src")
	if err != nil {
		t.Fatal(err)
	}
	stems := map[string]bool{}
	for _, p := range pkgs {
		stems[strings.ReplaceAll(p, "/", "_")] = true
	}
	for _, f := range files {
		if stem, _, _ := strings.Cut(f.Name(), "."); !stems[stem] || !strings.HasSuffix(f.Name(), ".go.txt") {
			t.Errorf("src/%s belongs to no package", f.Name())
		}
	}
}

// TestSourcesAreGo type-checks each source with go/types against the
// real standard library, as a Go file of package main (with the sources
// it requires), and checks what it declares: the implemented names, and
// only names with the package's prefix.
func TestSourcesAreGo(t *testing.T) {
	imp := importer.Default()
	for _, path := range stdgen.Packages() {
		t.Run(path, func(t *testing.T) {
			fset := token.NewFileSet()
			var files []*ast.File
			for _, p := range append(stdgen.Requires(path), path) {
				src, _ := stdgen.Source(p)
				f, err := parser.ParseFile(fset, p+".go", "package main\n"+src, parser.SkipObjectResolution)
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, f)
			}
			conf := types.Config{Importer: imp}
			info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Instances: map[*ast.Ident]types.Instance{}}
			if _, err := conf.Check("main", fset, files, info); err != nil {
				t.Fatal(err)
			}
			prefix := "__gk_" + strings.ReplaceAll(path, "/", "_") + "_"
			declared := map[string]bool{}
			f := files[len(files)-1]
			for _, d := range f.Decls {
				for _, name := range declNames(d) {
					if !strings.HasPrefix(name, prefix) {
						t.Errorf("%s declares %s, without the prefix %s", path, name, prefix)
					}
					declared[name] = true
				}
			}
			for _, name := range stdgen.Names(path) {
				n, _ := stdgen.Name(path, name)
				if !declared[n] {
					t.Errorf("%s does not declare %s", path, n)
				}
			}
			for name := range declared {
				api := strings.TrimPrefix(name, prefix)
				if api[0] >= 'A' && api[0] <= 'Z' && !slices.Contains(stdgen.Names(path), api) {
					t.Errorf("%s declares %s, which Names(%q) lacks", path, name, path)
				}
			}
			checkYaegiRules(t, fset, info, f)
		})
	}
}

// declNames returns the top-level names a declaration introduces (methods
// excluded), import names included.
func declNames(d ast.Decl) []string {
	var names []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			names = append(names, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.ImportSpec:
				if s.Name == nil {
					names = append(names, "(unnamed import "+s.Path.Value+")")
				} else {
					names = append(names, s.Name.Name)
				}
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
	}
	return names
}

// checkYaegiRules reports constructs the interpreter lacks or mishandles
// (see the top of the slices source).
func checkYaegiRules(t *testing.T, fset *token.FileSet, info *types.Info, f *ast.File) {
	t.Helper()
	isTypeParam := func(e ast.Expr) bool {
		_, ok := types.Unalias(info.TypeOf(e)).(*types.TypeParam)
		return ok
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && (id.Name == "min" || id.Name == "max" || id.Name == "clear") {
				t.Errorf("%s: builtin %s", fset.Position(n.Pos()), id.Name)
			}
			if ix, ok := n.Fun.(*ast.IndexExpr); ok && info.Types[ix.Index].IsType() {
				t.Errorf("%s: generic function called with one explicit type argument", fset.Position(n.Pos()))
			}
			if id, ok := n.Fun.(*ast.Ident); ok && info.Instances[id].TypeArgs.Len() > 1 {
				t.Errorf("%s: %s called with several type arguments inferred", fset.Position(n.Pos()), id.Name)
			}
			if info.Types[n.Fun].IsType() && isTypeParam(n.Fun) {
				t.Errorf("%s: conversion to a type parameter", fset.Position(n.Pos()))
			}
			if p, ok := n.Fun.(*ast.ParenExpr); ok {
				if st, ok := p.X.(*ast.StarExpr); ok && isTypeParam(st.X) {
					t.Errorf("%s: conversion to a pointer to a type parameter", fset.Position(n.Pos()))
				}
			}
		case *ast.RangeStmt:
			if _, ok := info.TypeOf(n.X).Underlying().(*types.Signature); ok {
				t.Errorf("%s: range over a function", fset.Position(n.Pos()))
			}
		case *ast.CompositeLit:
			if isTypeParam(n) {
				t.Errorf("%s: composite literal of a type parameter", fset.Position(n.Pos()))
			}
		case *ast.ValueSpec:
			if st, ok := n.Type.(*ast.StarExpr); ok && isTypeParam(st.X) {
				t.Errorf("%s: variable of pointer to a type parameter", fset.Position(n.Pos()))
			}
		}
		return true
	})
}

func Example() {
	name, ok := stdgen.Name("slices", "Sort")
	fmt.Println(name, ok)
	fmt.Println(stdgen.Requires("slices"))
	src, _ := stdgen.Source("slices")
	fmt.Println(strings.Contains(src, "func __gk_slices_Sort[__gk_tp_S ~[]__gk_tp_E, __gk_tp_E __gk_cmp_Ordered](x __gk_tp_S)"))
	// Output:
	// __gk_slices_Sort true
	// [cmp]
	// true
}
