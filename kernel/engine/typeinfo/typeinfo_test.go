package typeinfo_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"sync"
	"testing"

	"gokernel/kernel/engine/typeinfo"
)

// check type-checks src as a file of package main with imp and returns the
// types recorded for its expressions.
func check(t testing.TB, imp types.Importer, src string) (*types.Info, *ast.File, error) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cell.go", src, 0)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: imp}
	_, err = conf.Check("main", fset, []*ast.File{f}, info)
	return info, f, err
}

// typeOfCall returns the type of the first call of a function named fn in f.
func typeOfCall(info *types.Info, f *ast.File, fn string) string {
	var got string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || got != "" {
			return got == ""
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == fn {
			got = info.Types[call].Type.String()
		}
		return true
	})
	return got
}

// snippets are cells that must type-check, with the type of one call.
var snippets = []struct {
	name, src, call, want string
}{
	{"fmt.Println", `package main; import "fmt"; func main() { fmt.Println("hi") }`, "Println", "(n int, err error)"},
	{"strings.Lines returns iter.Seq", `package main; import "strings"; func main() { for l := range strings.Lines("a\nb") { _ = l } }`, "Lines", "iter.Seq[string]"},
	{"slices.Sorted(maps.Keys(m))", `package main; import ("maps"; "slices"); func main() { m := map[string]int{}; _ = slices.Sorted(maps.Keys(m)) }`, "Sorted", "[]string"},
	{"sync.OnceValue", `package main; import "sync"; func main() { f := sync.OnceValue(func() int { return 1 }); _ = f() }`, "OnceValue", "func() int"},
	{"errgroup.Group", `package main; import "golang.org/x/sync/errgroup"; func main() { var g errgroup.Group; g.Go(func() error { return nil }); _ = g.Wait() }`, "Wait", "error"},
	{"rand.N", `package main; import ("math/rand/v2"; "time"); func main() { _ = rand.N(10 * time.Second) }`, "N", "time.Duration"},
	{"os.CopyFS", `package main; import ("os"; "testing/fstest"); func main() { _ = os.CopyFS("d", fstest.MapFS{}) }`, "CopyFS", "error"},
	{"unsafe", `package main; import "unsafe"; func main() { var x int64; _ = unsafe.Sizeof(x) }`, "Sizeof", "uintptr"},
	{"net/http", `package main; import ("io"; "net/http"); func main() { r, _ := http.Get("x"); io.ReadAll(r.Body) }`, "ReadAll", "([]byte, error)"},
}

func TestTypeCheck(t *testing.T) {
	imp := typeinfo.NewImporter(token.NewFileSet())
	for _, tt := range snippets {
		t.Run(tt.name, func(t *testing.T) {
			info, f, err := check(t, imp, tt.src)
			if err != nil {
				t.Fatalf("type-check: %v", err)
			}
			if got := typeOfCall(info, f, tt.call); got != tt.want {
				t.Errorf("type of %s call: got %q, want %q", tt.call, got, tt.want)
			}
		})
	}
}

func TestUnknownImport(t *testing.T) {
	tests := []string{"example.com/nope", "internal/abi", "plugin", "", "fmt/"}
	imp := typeinfo.NewImporter(token.NewFileSet())
	for _, path := range tests {
		pkg, err := imp.Import(path)
		if !errors.Is(err, typeinfo.ErrUnknownPackage) {
			t.Errorf("Import(%q) = %v, %v; want ErrUnknownPackage", path, pkg, err)
		}
	}
	_, _, err := check(t, imp, `package main; import "example.com/nope"`)
	if err == nil || !strings.Contains(err.Error(), `could not import example.com/nope`) {
		t.Errorf("type-check error %v, want a failed import", err)
	}
}

// TestConcurrent type-checks snippets from many goroutines, with one
// importer shared by all and one per goroutine. Run it with -race.
func TestConcurrent(t *testing.T) {
	shared := typeinfo.NewImporter(token.NewFileSet())
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			own := typeinfo.NewImporter(token.NewFileSet())
			for i := range snippets {
				tt := snippets[(i+g)%len(snippets)]
				for _, imp := range []types.Importer{shared, own} {
					if _, _, err := check(t, imp, tt.src); err != nil {
						t.Errorf("%s: %v", tt.name, err)
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestTables checks Packages, PackageName and Lookup against the decoded
// packages.
func TestTables(t *testing.T) {
	pkgs := typeinfo.Packages()
	if !slices.IsSorted(pkgs) || len(pkgs) < 150 {
		t.Fatalf("Packages: %d paths, sorted %v", len(pkgs), slices.IsSorted(pkgs))
	}
	imp := typeinfo.NewImporter(token.NewFileSet())
	for _, path := range pkgs {
		pkg, err := imp.Import(path)
		if err != nil {
			t.Errorf("Import(%q): %v", path, err)
			continue
		}
		if got := typeinfo.PackageName(path); got != pkg.Name() {
			t.Errorf("PackageName(%q) = %q, want %q", path, got, pkg.Name())
		}
		if !slices.Contains(typeinfo.Lookup(pkg.Name()), path) {
			t.Errorf("Lookup(%q) lacks %s", pkg.Name(), path)
		}
		if !pkg.Complete() {
			t.Errorf("%s is incomplete", path)
		}
	}
	lookups := []struct {
		name string
		want []string
	}{
		{"rand", []string{"math/rand", "crypto/rand", "math/rand/v2"}},
		{"template", []string{"html/template", "text/template"}},
		{"strings", []string{"strings"}},
		{"errgroup", []string{"golang.org/x/sync/errgroup"}},
		{"nosuch", nil},
	}
	for _, tt := range lookups {
		if got := typeinfo.Lookup(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("Lookup(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	names := []struct{ path, want string }{
		{"math/rand/v2", "rand"},
		{"unsafe", "unsafe"},
		{"iter", "iter"},
		{"nosuch", ""},
	}
	for _, tt := range names {
		if got := typeinfo.PackageName(tt.path); got != tt.want {
			t.Errorf("PackageName(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// TestIdentity checks that a type reached through two imports is one type.
func TestIdentity(t *testing.T) {
	imp := typeinfo.NewImporter(token.NewFileSet())
	for _, path := range []string{"bufio", "io", "os"} {
		if _, err := imp.Import(path); err != nil {
			t.Fatal(err)
		}
	}
	io, _ := imp.Import("io")
	os, _ := imp.Import("os")
	writer := io.Scope().Lookup("Writer").Type()
	file := types.NewPointer(os.Scope().Lookup("File").Type())
	if !types.Implements(file, writer.Underlying().(*types.Interface)) {
		t.Error("*os.File does not implement io.Writer")
	}
}

func ExampleLookup() {
	fmt.Println(typeinfo.Lookup("rand"))
	fmt.Println(typeinfo.PackageName("math/rand/v2"))
	// Output:
	// [math/rand crypto/rand math/rand/v2]
	// rand
}

func ExampleNewImporter() {
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, "cell.go", `package main
import "strings"
var lines = strings.Lines("a\nb")`, 0)
	conf := types.Config{Importer: typeinfo.NewImporter(fset)}
	pkg, err := conf.Check("main", fset, []*ast.File{f}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pkg.Scope().Lookup("lines").Type())
	// Output: iter.Seq[string]
}

// commonPackages are twenty packages a notebook is likely to import.
var commonPackages = []string{
	"fmt", "strings", "strconv", "os", "io", "bufio", "bytes", "errors", "time", "math",
	"sort", "sync", "context", "encoding/json", "net/http", "regexp", "path/filepath", "math/rand/v2", "slices", "maps",
}

func BenchmarkImportFmt(b *testing.B) {
	for b.Loop() {
		if _, err := typeinfo.NewImporter(token.NewFileSet()).Import("fmt"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImportCommon20(b *testing.B) {
	for b.Loop() {
		imp := typeinfo.NewImporter(token.NewFileSet())
		for _, p := range commonPackages {
			if _, err := imp.Import(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkImportCached(b *testing.B) {
	imp := typeinfo.NewImporter(token.NewFileSet())
	for b.Loop() {
		if _, err := imp.Import("fmt"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportAll decodes every package: the least a single eagerly
// decoded bundle would cost, against which lazy per-package blobs win.
func BenchmarkImportAll(b *testing.B) {
	for b.Loop() {
		imp := typeinfo.NewImporter(token.NewFileSet())
		for _, p := range typeinfo.Packages() {
			if _, err := imp.Import(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
