package engine

import (
	"strings"
	"testing"
)

// TestClearCompileErrors checks that cells Go refuses, or the kernel
// cannot run, fail at once with an error that says why, and leave the
// engine usable.
func TestClearCompileErrors(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, code, want string
	}{
		{"instantiation cycle", "type Box[T any] struct{ V T }\nfunc (b Box[T]) Wrap() Box[Box[T]] { return Box[Box[T]]{b} }\nfmt.Println(Box[int]{1}.Wrap())",
			"instantiation cycle: Box"},
		{"dot import", "import . \"strings\"\nToUpper(\"x\")", "dot imports are not supported in cells"},
		{"mutual func types", "type A func(B) int\ntype B func(A) int\nvar a A\nfmt.Println(a == nil)",
			"mutually recursive types A and B are not supported"},
		{"mutual slices", "type L []M\ntype M []L", "mutually recursive types L and M are not supported"},
		{"mutual maps", "type P map[string]Q\ntype Q map[string]P", "mutually recursive types P and Q are not supported"},
		{"mutual chans", "type C chan D\ntype D chan C", "mutually recursive types C and D are not supported"},
		{"self instance", "type L[T any] struct{ items []T }\ntype U struct{ Kids L[U] }", "type U refers to L[U], an instance of a generic type that holds U itself"},
		{"two instances holding the type", "type W[T any] struct{ v T }\ntype C struct{ P *W[*C]; V *W[C] }",
			"type C refers to W[C], an instance of a generic type that holds C itself"},
		{"a recursive generic beside another", "type Pair[K comparable, V any] struct{ k K; v V; next *Pair[K, V] }\n" +
			"type Box[T any] struct{ v T }\ntype Rec struct{ Idx *Pair[string, *Rec]; B *Box[*Rec] }",
			"type Rec refers to both Pair[string, *Rec] and Box[*Rec]"},
		{"two pointer instances", "type Q[T any] struct{ v T }\ntype D struct{ P *Q[*D]; V *Q[[]*D] }",
			"type D refers to both Q[*D] and Q[[]*D]"},
		{"self and a self-referring instance", "type N[V any] struct{ v V; next *N[V] }\ntype Emp struct{ Boss *Emp; Head *N[*Emp] }",
			"type Emp refers to itself and to N[*Emp]"},
		{"variable cycle", "var a = b\nvar b = a", "initialization cycle for a: a refers to b, b refers to a"},
		{"nil redeclared", "nil := 5", "a session-wide nil would hide Go's nil from later cells"},
		{"local predeclared name", "func f() { type int struct{ v float64 }; _ = int{1.5} }", "a type named int declared inside a function is not supported"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCell(t, e, i+1, tt.code)
			if r.err == nil || r.err.Name != "CompileError" || !strings.Contains(r.err.Value, tt.want) {
				t.Fatalf("got %+v, want a CompileError containing %q", r.err, tt.want)
			}
		})
	}
	if r := runCell(t, e, 20, "1 + 1"); r.err != nil || r.result != "2" {
		t.Fatalf("after the errors: got %v, want => 2", r)
	}
}

// TestPanicValueTexts checks how an unrecovered panic's value reads: as
// the Go runtime prints it, named types of packages and of the cells
// with their names.
func TestPanicValueTexts(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct{ code, want string }{
		{`panic(1.5)`, "1.5"},
		{`panic(complex(1, 2))`, "(1+2i)"},
		{"type C complex128\npanic(C(1 + 2i))", "main.C(1+2i)"},
		{"type T string\npanic(T(\"x\"))", `main.T("x")`},
		{"import \"go/token\"\npanic(token.Pos(3))", "token.Pos(3)"},
		{"import \"html/template\"\npanic(template.HTML(\"<b>\"))", `template.HTML("<b>")`},
		{"import \"time\"\npanic(time.Month(3))", "March"},
		{`panic("plain")`, "plain"},
	}
	for i, tt := range tests {
		r := runCell(t, e, i+1, tt.code)
		if r.err == nil || r.err.Value != tt.want {
			t.Errorf("%q: got %+v, want a panic %q", tt.code, r.err, tt.want)
		}
	}
}
