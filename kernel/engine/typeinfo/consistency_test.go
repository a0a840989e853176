package typeinfo_test

import (
	"go/token"
	"path"
	"slices"
	"strings"
	"testing"

	"gokernel/kernel/engine/symbols"
	"gokernel/kernel/engine/typeinfo"
)

// TestMatchesSymbols checks that typeinfo covers the packages of the
// interpreter's tables, and that every exported name of each package is
// either in the tables or listed by symbols.Generic.
func TestMatchesSymbols(t *testing.T) {
	// The kernel's own packages (gokernel/...) have type information but
	// are bound per engine at run time, not in the tables.
	std := slices.DeleteFunc(typeinfo.Packages(), func(p string) bool { return strings.HasPrefix(p, "gokernel/") })
	if !slices.Equal(std, symbols.Packages()) {
		t.Fatalf("package lists differ:\ntypeinfo %q\nsymbols  %q", std, symbols.Packages())
	}
	if typeinfo.GoVersion != symbols.GoVersion {
		t.Errorf("typeinfo is from %s, symbols from %s", typeinfo.GoVersion, symbols.GoVersion)
	}
	tables := map[string]map[string]bool{}
	for key, syms := range symbols.Symbols {
		names := map[string]bool{}
		for name := range syms {
			if !strings.HasPrefix(name, "_") {
				names[name] = true
			}
		}
		tables[path.Dir(key)] = names
	}
	imp := typeinfo.NewImporter(token.NewFileSet())
	for _, p := range std {
		if p == "unsafe" {
			continue
		}
		pkg, err := imp.Import(p)
		if err != nil {
			t.Fatal(err)
		}
		generic := symbols.Generic(p)
		for _, name := range pkg.Scope().Names() {
			if !token.IsExported(name) {
				continue
			}
			if !tables[p][name] && !slices.Contains(generic, name) {
				t.Errorf("%s.%s has type information but no table entry", p, name)
			}
			delete(tables[p], name)
		}
		for name := range tables[p] {
			t.Errorf("%s.%s has a table entry but no type information", p, name)
		}
	}
}
