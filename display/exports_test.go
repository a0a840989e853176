package display

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"gokernel/display/plot"
)

// exportedNames returns the exported package-level names declared in the
// non-test Go files of dir.
func exportedNames(t *testing.T, dir string) []string {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, dir+"/"+e.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() {
					names = append(names, d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							names = append(names, s.Name.Name)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								names = append(names, n.Name)
							}
						}
					}
				}
			}
		}
	}
	sort.Strings(names)
	return names
}

func TestExportsComplete(t *testing.T) {
	ex := Exports(NewSession(&recorder{}))
	for _, tt := range []struct {
		key, dir string
	}{
		{"gokernel/display/display", "."},
		{"gokernel/display/plot/plot", "plot"},
	} {
		t.Run(tt.key, func(t *testing.T) {
			syms, ok := ex[tt.key]
			if !ok {
				t.Fatalf("no %s in Exports", tt.key)
			}
			declared := exportedNames(t, tt.dir)
			for _, name := range declared {
				if !syms[name].IsValid() {
					t.Errorf("%s is declared but not exported to cells", name)
				}
			}
			for name := range syms {
				if strings.HasPrefix(name, "_") {
					continue
				}
				i := sort.SearchStrings(declared, name)
				if i == len(declared) || declared[i] != name {
					t.Errorf("%s is exported to cells but not declared", name)
				}
			}
		})
	}
}

func TestExportsBindSession(t *testing.T) {
	s, r := newTestSession()
	syms := Exports(s)["gokernel/display/display"]
	// The bound functions have the types of the package-level ones, which
	// the type checker sees.
	for name, fn := range map[string]any{
		"Display": Display, "Clear": Clear, "New": New, "Progress": Progress, "Password": Password,
	} {
		if got, want := syms[name].Type(), reflect.TypeOf(fn); got != want {
			t.Errorf("%s has type %v, want %v", name, got, want)
		}
	}
	display := syms["Display"].Interface().(func(...any) error)
	if err := display(HTML("x")); err != nil {
		t.Fatalf("bound Display: %v", err)
	}
	if n := len(r.messages()); n != 1 {
		t.Errorf("bound Display published %d messages, want 1", n)
	}
}

func TestExportsWrappers(t *testing.T) {
	syms := Exports(nil)["gokernel/display/display"]
	for name, v := range syms {
		if strings.HasPrefix(name, "_") {
			continue
		}
		typ := v.Type()
		if typ.Kind() != reflect.Pointer || typ.Elem().Kind() != reflect.Interface {
			continue
		}
		iface := typ.Elem()
		w, ok := syms["_"+name]
		if !ok {
			t.Errorf("interface %s has no wrapper _%s", name, name)
			continue
		}
		wt := w.Type().Elem()
		if !wt.Implements(iface) {
			t.Errorf("wrapper _%s does not implement %s", name, name)
		}
		if wt.NumField() != iface.NumMethod()+1 {
			t.Errorf("wrapper _%s has %d fields, want %d", name, wt.NumField(), iface.NumMethod()+1)
		}
		// A zero wrapper does not panic.
		zero := reflect.New(wt).Elem()
		for i := range iface.NumMethod() {
			m := zero.MethodByName(iface.Method(i).Name)
			args := make([]reflect.Value, m.Type().NumIn())
			for j := range args {
				args[j] = reflect.Zero(m.Type().In(j))
			}
			m.Call(args)
		}
	}
}

func TestExportsPlot(t *testing.T) {
	syms := Exports(nil)["gokernel/display/plot/plot"]
	line := syms["Line"].Interface().(func([]float64, ...plot.Option) *plot.Chart)
	title := syms["Title"].Interface().(func(string) plot.Option)
	if got := line([]float64{1, 2, 3}, title("t")).String(); !strings.HasPrefix(got, `line chart "t"`) {
		t.Errorf("chart = %q", got)
	}
}
