package assist

import (
	"strings"
	"testing"
)

// haveSources reports whether the Go sources are installed, for the
// tests of doc comments.
func haveSources(t *testing.T) bool {
	t.Helper()
	if findGOROOT() == "" {
		t.Log("no Go sources: doc comments are not checked")
		return false
	}
	return true
}

func TestInspect(t *testing.T) {
	fresh := newSession(t)
	sessA := newSession(t, cellsA...)
	docs := haveSources(t)
	tests := []struct {
		name   string
		sess   Analyzer
		code   string // the cursor is at '|', or at the end
		detail int
		want   []string // in text/plain
		doc    []string // in text/plain when the sources are installed
		not    []string // not in text/plain
	}{
		{"call", fresh, "fmt.Println(|", 0,
			[]string{"func Println(a ...any) (n int, err error)"},
			[]string{"Println formats using the default formats"}, []string{"Source:"}},
		{"call with arguments", fresh, "fmt.Println(\"a\", |)", 0,
			[]string{"func Println(a ...any) (n int, err error)"}, nil, nil},
		{"nested call", fresh, "fmt.Println(strings.ToUpper(|", 0, []string{"func ToUpper(s string) string"}, nil, nil},
		{"after nested call", fresh, "fmt.Println(strings.ToUpper(\"x\"), |", 0, []string{"func Println("}, nil, nil},
		{"method call", sessA, "sb.WriteString(|", 0, []string{"func (b *Builder) WriteString(s string) (int, error)"}, nil, nil},
		{"name", fresh, "fmt.Println", 0, []string{"func Println(a ...any) (n int, err error)"}, nil, nil},
		{"mid-name", fresh, "fmt.Print|ln(\"x\")", 0, []string{"func Println(a ...any) (n int, err error)"}, nil, nil},
		{"source", fresh, "fmt.Println", 1, []string{"func Println(a ...any) (n int, err error)"},
			[]string{"Source:", "return Fprintln(os.Stdout, a...)"}, nil},
		{"rest does not parse", fresh, "if strings.HasPrefix(|", 0,
			[]string{"func HasPrefix(s string, prefix string) bool"}, []string{"HasPrefix reports whether"}, nil},
		{"type", fresh, "var b strings.Builder|", 0,
			[]string{"type Builder struct {\n\t// Has unexported fields.\n}", "func (b *Builder) WriteString(s string) (int, error)"},
			[]string{"A Builder is used to efficiently build a string"}, nil},
		{"method", sessA, "sb.WriteString", 0, []string{"func (b *Builder) WriteString(s string) (int, error)"},
			[]string{"WriteString appends the contents of s"}, nil},
		{"package", fresh, "strings", 0, []string{`package strings // import "strings"`},
			[]string{"Package strings implements simple functions"}, nil},
		{"package synopsis only", fresh, "fmt|.Println", 0, []string{`package fmt // import "fmt"`},
			[]string{"Package fmt implements formatted I/O"}, []string{"Printing"}},
		{"package doc", fresh, "fmt|.Println", 1, []string{`package fmt // import "fmt"`}, []string{"Printing"}, nil},
		{"constant", fresh, "time.Second", 0, []string{"const Second Duration = 1000000000"}, []string{"Common durations"}, nil},
		{"std field", fresh, "var r http.Request\nr.Method|", 0, []string{"field Method string"},
			[]string{"Method specifies the HTTP method"}, nil},
		{"grouped constant", fresh, "math.Pi", 0, []string{"const Pi = 3.14159"}, []string{"Mathematical constants."}, nil},
		{"std interface method", fresh, "var w io.Writer = os.Stdout\nw.Write", 0, []string{"func (Writer) Write(p []byte) (n int, err error)"},
			[]string{"Writer is the interface that wraps the basic Write method."}, nil},
		{"any", fresh, "any", 0, []string{"type any = interface{}"}, nil, nil},
		{"builtin", fresh, "len(|", 0, []string{"func len(v Type) int"}, []string{"The len built-in function"}, nil},
		{"builtin type", fresh, "var e error|", 0, []string{"type error interface {\n\tError() string\n}"}, nil, nil},
		{"interface method", sessA, "err.Error", 0, []string{"func (error) Error() string"}, nil, nil},
		{"cell method", sessA, "p.Scale", 0,
			[]string{"func (p *Point) Scale(k int)", "Scale multiplies the coordinates by k.", "defined in Cell [1], line 3"}, nil, nil},
		{"cell method source", sessA, "p.Scale", 1, []string{"Source:\nfunc (p *Point) Scale(k int) { p.X *= k; p.Y *= k }"}, nil, nil},
		{"cell field", sessA, "n.Name", 0,
			[]string{"field Name string", "Name is what the point is called.", "defined in Cell [2], line 5"}, nil, nil},
		{"promoted field", sessA, "n.X", 0, []string{"field X int", "defined in Cell [1], line 1"}, nil, nil},
		{"cell type", sessA, "Named", 0,
			[]string{"type Named struct {\n\tPoint\n\tName string\n}", "defined in Cell [2], line 2"},
			nil, []string{"Source:"}},
		{"this cell's type", fresh, "// Foo is a test.\ntype Foo struct{ A int }\nFoo|", 0,
			[]string{"type Foo struct {\n\tA int\n}", "Foo is a test.", "defined in this cell, line 2"}, nil, nil},
		{"cell type methods", sessA, "Point", 0,
			[]string{"type Point struct {\n\tX int\n\tY int\n}\n\nfunc (p Point) Norm() int\nfunc (p *Point) Scale(k int)"}, nil, nil},
		{"cell type source", sessA, "Named", 1, []string{"Source:\ntype Named struct {", "\tPoint\n"}, nil, nil},
		{"cell variable", sessA, "p", 0, []string{"var p Point", "defined in Cell [2], line 7"}, nil, nil},
		{"cell constant", sessA, "Limit", 0, []string{"const Limit = 10", "defined in Cell [3], line 2"}, nil, nil},
		{"cell function call", sessA, "greet(|", 1,
			[]string{"func greet(name string) string", "greet says hello.", "defined in Cell [3], line 4", `return "hi " + name`}, nil, nil},
		{"this cell", fresh, "// twice doubles.\nfunc twice(x int) int { return 2 * x }\ntwice(|", 0,
			[]string{"func twice(x int) int", "twice doubles.", "defined in this cell, line 2"}, nil, nil},
		{"local", fresh, "func f() {\n\tcount := 3\n\tcount|\n}", 1,
			[]string{"var count int", "defined in this cell, line 2"}, nil, []string{"Source:"}},
		{"unicode", fresh, "s := \"日本\"; fmt.Println(s|)", 0, []string{"var s string", "defined in this cell, line 1"}, nil, nil},
		{"definition", fresh, "total| := 1", 0, []string{"var total int"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cursor := cursorAt(tt.code)
			got := New(Options{}).Inspect(tt.sess, code, cursor, tt.detail)
			if !got.Found {
				t.Fatalf("Inspect(%q): got not found, want found", tt.code)
			}
			plain, _ := got.Data["text/plain"].(string)
			md, _ := got.Data["text/markdown"].(string)
			want := tt.want
			if docs {
				want = append(want[:len(want):len(want)], tt.doc...)
			}
			for _, w := range want {
				if !strings.Contains(plain, w) {
					t.Errorf("Inspect(%q): got\n%s\nwant it to contain %q", tt.code, plain, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(plain, w) {
					t.Errorf("Inspect(%q): got\n%s\nwant no %q", tt.code, plain, w)
				}
			}
			if first := strings.SplitN(plain, "\n", 2)[0]; !strings.HasPrefix(md, "```go\n"+first+"\n") {
				t.Errorf("Inspect(%q): got markdown\n%s\nwant it to start with a go fence holding %q", tt.code, md, first)
			}
		})
	}
}

func TestInspectNotFound(t *testing.T) {
	sessA := newSession(t, cellsA...)
	tests := []struct {
		name, code string
		cursor     int // -2: the '|' mark
	}{
		{"empty", "", 0},
		{"space", "   ", 2},
		{"operator", "x := 1 + |", -2},
		{"comment", "// fmt.Println|", -2},
		{"string", "s := \"fmt.Println|\"", -2},
		{"undefined", "nothingHere", -2},
		{"unknown member", "fmt.Nothing", -2},
		{"unexported member", "strings.explode", -2},
		{"keyword", "for|", -2},
		{"number", "42", -2},
		{"out of range", "  fmt.Println", -100},
		{"garbage", "\xff\xfe)(}{.", -2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cursor := tt.code, tt.cursor
			if cursor == -2 {
				code, cursor = cursorAt(code)
			}
			got := Inspect(sessA, code, cursor, 0)
			if got.Found || len(got.Data) != 0 {
				t.Errorf("Inspect(%q, %d): got found %v %v, want not found", code, cursor, got.Found, got.Data)
			}
		})
	}
}

// TestInspectSessionTypeDoc checks the doc comment of a type declared in
// an earlier cell. It is skipped while the compiler drops it (it splits
// type declarations into new GenDecls without their Doc).
func TestInspectSessionTypeDoc(t *testing.T) {
	s := newSession(t, cellsA...)
	if s.Session().Decls["Named"].Doc == "" {
		t.Skip("compile: Decl.Doc is empty for type declarations")
	}
	got := Inspect(s, "Named", 5, 0)
	if plain, _ := got.Data["text/plain"].(string); !strings.Contains(plain, "Named is a point with a name.") {
		t.Errorf("got\n%s\nwant the doc comment", plain)
	}
}

func TestInspectCursorBeyondEnd(t *testing.T) {
	got := Inspect(newSession(t), "fmt.Println", 1000, 0)
	if plain, _ := got.Data["text/plain"].(string); !got.Found || !strings.HasPrefix(plain, "func Println(") {
		t.Errorf("got %v %q, want fmt.Println described: the cursor is taken to the end", got.Found, plain)
	}
}

func TestCellLabel(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"cell3", "Cell [3]"}, {"cell12", "Cell [12]"}, {"cell", "cell"}, {"cellX", "cellX"}, {"session", "session"},
	} {
		if got := cellLabel(tt.in); got != tt.want {
			t.Errorf("cellLabel(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkInspect50(b *testing.B) {
	s := session50(b)
	as := New(Options{})
	for b.Loop() {
		if in := as.Inspect(s, "fmt.Println(", 12, 0); !in.Found {
			b.Fatal("not found")
		}
	}
}

// BenchmarkInspectCold measures the first inspection of a package: finding
// GOROOT and parsing the package's sources.
func BenchmarkInspectCold(b *testing.B) {
	s := newSession(b)
	for b.Loop() {
		if in := New(Options{}).Inspect(s, "http.Get", 8, 0); !in.Found {
			b.Fatal("not found")
		}
	}
}
