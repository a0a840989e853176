package assist

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"gokernel/kernel"
)

// cellsA is a session with types, methods, embedding, variables and
// constants.
var cellsA = []string{
	"type Point struct{ X, Y int }\n" +
		"// Scale multiplies the coordinates by k.\n" +
		"func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }\n" +
		"func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }",
	"// Named is a point with a name.\n" +
		"type Named struct {\n" +
		"\tPoint\n" +
		"\t// Name is what the point is called.\n" +
		"\tName string\n" +
		"}\n" +
		"p := Point{1, 2}\n" +
		"n := Named{Point{3, 4}, \"n\"}",
	"var sb strings.Builder\nconst Limit = 10\n" +
		"// greet says hello.\n" +
		"func greet(name string) string { return \"hi \" + name }",
	"err := fmt.Errorf(\"boom\")\ntype hidden struct{ a, b int }",
}

func TestCompleteExact(t *testing.T) {
	fresh := newSession(t)
	sessA := newSession(t, cellsA...)
	tests := []struct {
		name  string
		sess  Analyzer
		code  string // the cursor is at '|', or at the end
		want  []string
		start int // CursorStart as an offset of the unmarked code; -1: the cursor
	}{
		{"fmt.Prin before import", fresh, "fmt.Prin", []string{"fmt.Print", "fmt.Printf", "fmt.Println"}, 0},
		{"strings.HasPr before import", fresh, "strings.HasPr", []string{"strings.HasPrefix"}, 0},
		{"fmt.Prin after import", sessA, "fmt.Prin", []string{"fmt.Print", "fmt.Printf", "fmt.Println"}, 0},
		{"in a function body", fresh, "func f() {\n\tfmt.Prin|\n}", []string{"fmt.Print", "fmt.Printf", "fmt.Println"}, 12},
		{"mid-line", fresh, "x := 1; fmt.Prin|; y := 2", []string{"fmt.Print", "fmt.Printf", "fmt.Println"}, 8},
		{"before arguments", fresh, "fmt.Prin|(\"hi\")", []string{"fmt.Print", "fmt.Printf", "fmt.Println"}, 0},
		{"unicode before", fresh, "s := \"héllo, 世界\"\nfmt.Prin", []string{"fmt.Print", "fmt.Printf", "fmt.Println"}, 22},
		{"rest does not parse", fresh, "if strings.HasPr|", []string{"strings.HasPrefix"}, 3},
		{"earlier line does not parse", fresh, "x := )\nstrings.HasPr", []string{"strings.HasPrefix"}, 7},
		{"import alias", fresh, "import str \"strings\"\nstr.HasPr", []string{"str.HasPrefix"}, 21},
		{"struct value", sessA, "p.", []string{"Norm", "Scale", "X", "Y"}, 2},
		{"not addressable", sessA, "Point{}.", []string{"Norm", "X", "Y"}, 8},
		{"method expression", sessA, "(*Point).", []string{"Norm", "Scale"}, 9},
		{"embedding", sessA, "n.", []string{"Name", "Norm", "Point", "Scale", "X", "Y"}, 2},
		{"field prefix", sessA, "n.Na", []string{"Name"}, 2},
		{"builder", sessA, "sb.Wr", []string{"Write", "WriteByte", "WriteRune", "WriteString"}, 3},
		{"call result", fresh, "time.Now().Yea", []string{"Year", "YearDay"}, 11},
		{"error", sessA, "err.", []string{"Error"}, 4},
		{"cell variable", sessA, "q := Point{}\nq.S", []string{"Scale"}, 15},
		{"parameter", sessA, "func h(pt *Point) {\n\tpt.|\n}", []string{"Norm", "Scale", "X", "Y"}, 24},
		{"selector in condition", sessA, "if p.|", []string{"Norm", "Scale", "X", "Y"}, 5},
		{"own unexported fields", sessA, "hidden{}.", []string{"a", "b"}, 9},
		{"builtin", fresh, "le", []string{"len"}, 0},
		{"append", fresh, "x := app|", []string{"append"}, 5},
		{"nothing before parses", sessA, "go func() {\n\tsb.Le", []string{"Len"}, 16},
		{"program cell", fresh, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Prin|\n}", []string{"fmt.Print", "fmt.Printf", "fmt.Println"}, 43},
		{"index expression", sessA, "x := []Point{}\nx[0].", []string{"Norm", "Scale", "X", "Y"}, 20},
		{"interface value", fresh, "var w io.Writer = os.Stdout\nw.", []string{"Write"}, 30},
		{"in call arguments", sessA, "fmt.Println(p.|", []string{"Norm", "Scale", "X", "Y"}, 14},
		{"unicode name", fresh, "héllo := 1\nhé", []string{"héllo"}, 12},
		{"chain", sessA, "n.Point.S", []string{"Scale"}, 8},
		{"session constant before package", sessA, "Li", []string{"Limit", "list"}, 0},
		{"case-insensitive", sessA, "POI", []string{"Point"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cursor := cursorAt(tt.code)
			got := New(Options{}).Complete(tt.sess, code, cursor)
			if !slices.Equal(got.Matches, tt.want) {
				t.Fatalf("Complete(%q): got %q, want %q", tt.code, got.Matches, tt.want)
			}
			_, we := wordAt(code, cursor)
			if got.CursorStart != tt.start || got.CursorEnd != we {
				t.Errorf("Complete(%q): got range [%d,%d), want [%d,%d)", tt.code, got.CursorStart, got.CursorEnd, tt.start, we)
			}
			checkTypes(t, got)
		})
	}
}

// checkTypes checks the types metadata agrees with the matches.
func checkTypes(t *testing.T, c kernel.Completion) {
	t.Helper()
	if len(c.Types) != len(c.Matches) {
		t.Fatalf("got %d types for %d matches", len(c.Types), len(c.Matches))
	}
	kinds := []string{kindFunction, kindVariable, kindType, kindPackage, kindKeyword, kindField, kindMethod, kindConstant}
	for i, ty := range c.Types {
		if ty.Text != c.Matches[i] || ty.Start != c.CursorStart || ty.End != c.CursorEnd {
			t.Errorf("type %d: got %+v, want text %q range [%d,%d)", i, ty, c.Matches[i], c.CursorStart, c.CursorEnd)
		}
		if !slices.Contains(kinds, ty.Type) {
			t.Errorf("type %d: got kind %q, want one of %q", i, ty.Type, kinds)
		}
	}
}

func TestCompleteMidWord(t *testing.T) {
	code, cursor := cursorAt("fmt.Prin|tln(\"hi\")")
	got := Complete(newSession(t), code, cursor)
	if want := []string{"fmt.Print", "fmt.Printf", "fmt.Println"}; !slices.Equal(got.Matches, want) {
		t.Fatalf("got %q, want %q", got.Matches, want)
	}
	if got.CursorStart != 0 || got.CursorEnd != len("fmt.Println") {
		t.Errorf("got range [%d,%d), want [0,%d): the whole word is replaced", got.CursorStart, got.CursorEnd, len("fmt.Println"))
	}
}

func TestCompleteContains(t *testing.T) {
	fresh := newSession(t)
	sessA := newSession(t, cellsA...)
	tests := []struct {
		name          string
		sess          Analyzer
		code          string
		want, exclude []string
		first         string // when set, the first match
	}{
		{"local before cursor", fresh, "func g() {\n\tbeta := 1\n\tbe|\n\tbetter := 2\n}", []string{"beta"}, []string{"better"}, "beta"},
		{"loop variable", fresh, "for idx := range 3 {\n\tid|\n}", []string{"idx"}, nil, "idx"},
		{"loop variable, rest missing", fresh, "for idx := range 3 {\n\tx := id", []string{"idx"}, nil, "idx"},
		{"statement keyword", fresh, "fo", []string{"for"}, nil, ""},
		{"keywords after brace", fresh, "if true {\n\tre|", []string{"return"}, nil, ""},
		{"no statement keyword in expression", fresh, "x := fo", nil, []string{"for"}, ""},
		{"expression keyword", fresh, "x := fu", []string{"func"}, nil, "func"},
		{"builtins", fresh, "x := m", []string{"make", "max", "min", "map", "math"}, nil, ""},
		{"clear", fresh, "cle", []string{"clear"}, nil, "clear"},
		{"packages", fresh, "str", []string{"strconv", "strings", "string", "struct"}, nil, ""},
		{"used package first", sessA, "str", []string{"strconv", "strings"}, nil, "strings"},
		{"session names", sessA, "gr", []string{"greet"}, nil, "greet"},
		{"session var", sessA, "er", []string{"err", "errors"}, nil, "err"},
		{"cell names", fresh, "type Foo struct{}\ncounter := 1\nFo|\nco", []string{"Foo"}, nil, "Foo"},
		{"hoisted variable", fresh, "counter := 1\nco", []string{"counter", "const", "continue"}, nil, "counter"},
		{"exact case first", sessA, "N", []string{"Named", "n", "new", "nil"}, nil, "Named"},
		{"no unexported of packages", fresh, "strings.", []string{"strings.Builder", "strings.Cut"}, []string{"strings.explode", "strings.indexFunc"}, ""},
		{"no unexported fields", sessA, "sb.", []string{"String"}, []string{"addr", "buf", "copyCheck"}, ""},
		{"package members", fresh, "fmt.", []string{"fmt.Println", "fmt.Stringer", "fmt.Errorf"}, nil, "fmt.Append"},
		{"shadowing", sessA, "func s() {\n\tLimit := \"x\"\n\tLim|\n}", []string{"Limit"}, nil, "Limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cursor := cursorAt(tt.code)
			got := Complete(tt.sess, code, cursor)
			for _, w := range tt.want {
				if !slices.Contains(got.Matches, w) {
					t.Errorf("Complete(%q): got %q, want it to contain %q", tt.code, got.Matches, w)
				}
			}
			for _, x := range tt.exclude {
				if slices.Contains(got.Matches, x) {
					t.Errorf("Complete(%q): got %q, want no %q", tt.code, got.Matches, x)
				}
			}
			if tt.first != "" && (len(got.Matches) == 0 || got.Matches[0] != tt.first) {
				t.Errorf("Complete(%q): got %q, want %q first", tt.code, got.Matches, tt.first)
			}
			seen := map[string]bool{}
			for _, m := range got.Matches {
				if seen[m] {
					t.Errorf("Complete(%q): got %q twice", tt.code, m)
				}
				seen[m] = true
			}
			checkTypes(t, got)
		})
	}
}

func TestCompleteTypes(t *testing.T) {
	sessA := newSession(t, cellsA...)
	tests := []struct {
		code, match, kind, sig string
	}{
		{"fmt.Prin", "fmt.Println", kindFunction, "func(a ...any) (n int, err error)"},
		{"p.", "X", kindField, "int"},
		{"p.", "Scale", kindMethod, "func(k int)"},
		{"n.", "Point", kindField, "Point"},
		{"sb", "sb", kindVariable, "strings.Builder"},
		{"Li", "Limit", kindConstant, "untyped int = 10"},
		{"Poi", "Point", kindType, "struct{X int; Y int}"},
		{"strin", "strings", kindPackage, "strings"},
		{"fo", "for", kindKeyword, ""},
		{"le", "len", kindFunction, "func(v Type) int"},
		{"time.Sec", "time.Second", kindConstant, "Duration = 1000000000"},
		{"err.", "Error", kindMethod, "func() string"},
	}
	for _, tt := range tests {
		t.Run(tt.code+" "+tt.match, func(t *testing.T) {
			got := Complete(sessA, tt.code, len(tt.code))
			i := slices.Index(got.Matches, tt.match)
			if i < 0 {
				t.Fatalf("Complete(%q): got %q, want %q among them", tt.code, got.Matches, tt.match)
			}
			if ty := got.Types[i]; ty.Type != tt.kind || ty.Signature != tt.sig {
				t.Errorf("Complete(%q) %s: got type %q signature %q, want %q %q", tt.code, tt.match, ty.Type, ty.Signature, tt.kind, tt.sig)
			}
		})
	}
}

func TestCompleteNothing(t *testing.T) {
	sessA := newSession(t, cellsA...)
	tests := []struct {
		name, code string
		cursor     int // -2: the '|' mark
		want       int // CursorStart and CursorEnd
	}{
		{"empty", "", 0, 0},
		{"after space", "x := 1 |", -2, 7},
		{"start", "fmt.Prin", 0, 0},
		{"before cursor out of range", "fmt.Prin", -5, 0},
		{"comment", "// fmt.Prin|\nx := 1", -2, 11},
		{"block comment", "/* fmt.Prin| */", -2, 11},
		{"string", "s := \"fmt.Prin|\"", -2, 14},
		{"raw string", "s := `fmt.Prin|`", -2, 14},
		{"number", "x := 1.5|", -2, 8},
		{"number selector", "x := 1.|", -2, 7},
		{"unknown operand", "nothing.|", -2, 8},
		{"unknown package member", "fmt.Zzz|", -2, 7},
		{"garbage", "}}}{{{(((\x00\xff.|", -2, 12},
		{"empty selector", ".|", -2, 1},
		{"shadowed package", "func f() {\n\tstrings := 3\n\tstrings.|\n}", -2, 34},
		{"field of a basic type", "p.X.|", -2, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cursor := tt.code, tt.cursor
			if cursor == -2 {
				code, cursor = cursorAt(code)
			}
			got := Complete(sessA, code, cursor)
			if len(got.Matches) != 0 || len(got.Types) != 0 || got.CursorStart != tt.want || got.CursorEnd != tt.want {
				t.Errorf("Complete(%q, %d): got %q [%d,%d), want nothing at %d", code, cursor, got.Matches, got.CursorStart, got.CursorEnd, tt.want)
			}
		})
	}
}

func TestCompleteCursorBeyondEnd(t *testing.T) {
	got := Complete(newSession(t), "fmt.Prin", 100)
	if want := []string{"fmt.Print", "fmt.Printf", "fmt.Println"}; !slices.Equal(got.Matches, want) || got.CursorEnd != 8 {
		t.Errorf("got %q [%d,%d), want %q [0,8): the cursor is taken to the end", got.Matches, got.CursorStart, got.CursorEnd, want)
	}
}

func TestCompleteCap(t *testing.T) {
	got := Complete(newSession(t), "unicode.", len("unicode."))
	if len(got.Matches) != maxMatches {
		t.Errorf("got %d matches, want %d (the cap)", len(got.Matches), maxMatches)
	}
}

// session50 returns a session of 50 cells declaring types, functions
// and variables.
func session50(tb testing.TB) Analyzer {
	var cells []string
	for i := range 50 {
		var b strings.Builder
		fmt.Fprintf(&b, "type T%d struct{ A, B int; S string }\n", i)
		fmt.Fprintf(&b, "func (t *T%d) Sum() int { return t.A + t.B + len(t.S) }\n", i)
		fmt.Fprintf(&b, "func f%d(x int) int {\n\tfor i := range x {\n\t\tx += i\n\t}\n\treturn x\n}\n", i)
		fmt.Fprintf(&b, "v%d := T%d{A: %d, S: strings.Repeat(\"x\", %d)}\n", i, i, i, i)
		fmt.Fprintf(&b, "fmt.Println(v%d.Sum(), f%d(3))", i, i)
		cells = append(cells, b.String())
	}
	return newSession(tb, cells...)
}

func BenchmarkCompleteFmt50(b *testing.B) {
	s := session50(b)
	as := New(Options{})
	for b.Loop() {
		if c := as.Complete(s, "fmt.Prin", 8); len(c.Matches) != 3 {
			b.Fatalf("got %q", c.Matches)
		}
	}
}

func BenchmarkCompleteField50(b *testing.B) {
	s := session50(b)
	as := New(Options{})
	for b.Loop() {
		if c := as.Complete(s, "v49.", 4); len(c.Matches) != 4 {
			b.Fatalf("got %q", c.Matches)
		}
	}
}

func BenchmarkCompleteName50(b *testing.B) {
	s := session50(b)
	as := New(Options{})
	code := "for i := range 3 {\n\tx := v4"
	for b.Loop() {
		if c := as.Complete(s, code, len(code)); len(c.Matches) == 0 {
			b.Fatal("no matches")
		}
	}
}
