package ifaces

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"testing"
)

// TestMethods checks each entry's Methods against its type.
func TestMethods(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range List {
		var ms []string
		for i := 0; i < f.Type.NumMethod(); i++ {
			m := f.Type.Method(i)
			ms = append(ms, m.Name+sig(m.Type))
		}
		if got := strings.Join(ms, "; "); got != f.Methods {
			t.Errorf("%s: got %q, want %q", f.Name, got, f.Methods)
		}
		if seen[f.Name] || seen[f.Methods] {
			t.Errorf("%s: listed twice", f.Name)
		}
		seen[f.Name], seen[f.Methods] = true, true
	}
}

// sig writes a method's type as the compiler's key does.
func sig(t reflect.Type) string {
	name := func(t reflect.Type) string {
		s := t.String()
		if t.PkgPath() != "" {
			s = t.PkgPath() + "." + t.Name()
		}
		return strings.ReplaceAll(strings.ReplaceAll(s, "interface {}", "any"), "uint8", "byte")
	}
	var in, out []string
	for i := 0; i < t.NumIn(); i++ {
		in = append(in, name(t.In(i)))
	}
	for i := 0; i < t.NumOut(); i++ {
		out = append(out, name(t.Out(i)))
	}
	s := "(" + strings.Join(in, ", ") + ")"
	switch len(out) {
	case 0:
	case 1:
		s += " " + out[0]
	default:
		s += " (" + strings.Join(out, ", ") + ")"
	}
	return s
}

// TestKey checks Key against the catalogue's spelling.
func TestKey(t *testing.T) {
	tests := []struct{ src, want string }{
		{"interface{ Timeout() bool }", "IfTimeout"},
		{"interface{ Unwrap() []error }", "IfMultiUnwrap"},
		{"interface{ Stat() (fs.FileInfo, error) }", "IfStat"},
		{"interface{ Len() int; Cap() int }", "IfLenCap"},
		{"interface{ As(target any) bool }", "IfAs"},
		{"interface{ Bytes() []byte }", "IfBytes"},
		{"interface{ Code() int }", ""},
	}
	for _, tt := range tests {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "x.go", "package p\nimport \"io/fs\"\nvar _ fs.FileInfo\ntype T "+tt.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatal(err)
		}
		iface := pkg.Scope().Lookup("T").Type().Underlying().(*types.Interface)
		if got := Lookup(Key(iface)); got != tt.want {
			t.Errorf("%s: got %q (key %q), want %q", tt.src, got, Key(iface), tt.want)
		}
	}
}
