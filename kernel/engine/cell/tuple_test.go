package cell

import (
	"go/token"
	"testing"
)

func TestTupleChunk(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"a, b", true},
		{"f(x, y), m[k]", true},
		{"a, b = 1, 2", false},
		{"a, b := f()", false},
		{"f(a, b)", false},
		{"return a, b", false},
		{"ch <- a, b", false},
		{"<-ch, len(ch)", true},
		{"len(ch), <-ch", true},
		{"func(x, y int) int { return x }(1, 2), 3", true},
		{"x", false},
	}
	for _, tt := range tests {
		if got := tupleChunk(tt.src, Chunk{Kind: Stmt, Start: 0, End: len(tt.src)}); got != tt.want {
			t.Errorf("tupleChunk(%q): got %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestParseTuple(t *testing.T) {
	tests := []struct {
		src      string
		args     int    // arguments of the tuple, 0 for none
		firstArg string // text of the first one
		err      bool
	}{
		{src: "x := 1\nx, x+1", args: 2, firstArg: "x"},
		{src: "import \"fmt\"\nfmt.Println()\n  len(s),\n\tcap(s)", args: 2, firstArg: "len(s)"},
		{src: "a, b\nc := 1", err: true}, // not the last chunk
		{src: "x := 1\nx+1", args: 0},
	}
	for _, tt := range tests {
		fset := token.NewFileSet()
		c, err := Parse(fset, "cell1", tt.src)
		if tt.err {
			if err == nil {
				t.Errorf("Parse(%q): got no error, want one", tt.src)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.src, err)
			continue
		}
		if tt.args == 0 {
			if c.Tuple != nil {
				t.Errorf("Parse(%q): got a tuple, want none", tt.src)
			}
			continue
		}
		if c.Tuple == nil || len(c.Tuple.Args) != tt.args {
			t.Errorf("Parse(%q): got tuple %v, want %d arguments", tt.src, c.Tuple, tt.args)
			continue
		}
		a := c.Tuple.Args[0]
		from, to := c.Offset(a.Pos()), c.Offset(a.End())
		if from < 0 || to < 0 || tt.src[from:to] != tt.firstArg {
			t.Errorf("Parse(%q): first argument at [%d:%d], want %q", tt.src, from, to, tt.firstArg)
		}
		if last := c.Stmts[len(c.Stmts)-1]; last.Pos() != a.Pos() {
			t.Errorf("Parse(%q): the tuple is not the last statement", tt.src)
		}
	}
}
