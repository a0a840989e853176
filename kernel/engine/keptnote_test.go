package engine

import (
	"strings"
	"testing"
)

// TestKeptLiteralNote checks the note about a kept function literal that
// no longer compiles: given when it stops compiling, not again while the
// same error stands, and again after it compiled in between.
func TestKeptLiteralNote(t *testing.T) {
	e := newTestEngine(t)
	cells := []struct {
		code, stdout string
		note         bool
	}{
		{"func g() int { return 1 }\nf := func() int { return g() }\nfmt.Println(f())", "1\n", false},
		{`func g() string { return "a" }`, "", true},
		{`func g() string { return "b" }`, "", false},
		{"fmt.Println(f())", "1\n", false},
		{"func g() int { return 4 }\nfmt.Println(f())", "4\n", false},
		{`func g() string { return "c" }`, "", true},
	}
	for i, c := range cells {
		got := runCell(t, e, i+1, c.code)
		if got.err != nil {
			t.Fatalf("cell %d: %s", i+1, got)
		}
		if got.stdout != c.stdout {
			t.Errorf("cell %d: got stdout %q, want %q", i+1, got.stdout, c.stdout)
		}
		if note := strings.Contains(got.stderr, "no longer compiles"); note != c.note {
			t.Errorf("cell %d: got note %v (stderr %q), want %v", i+1, note, got.stderr, c.note)
		}
	}
}
