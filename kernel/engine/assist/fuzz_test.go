package assist

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAssist completes and inspects arbitrary code at arbitrary cursors:
// nothing may panic, and completions must stay within the code.
func FuzzAssist(f *testing.F) {
	for _, s := range []string{
		"fmt.Prin", "strings.HasPr", "p.", "n.Na", "time.Now().Y", "if x.", "func f() {\n\tfmt.", "x := []int{1}[0].",
		"for i := range 3 {\n\ti", "\"fmt.", "// p.", "a.(T).", "(*Point).", "map[string]int{}.", "func(){}().", "é.ü",
		"}}}.", ".....", "\x00\xff.", "import str \"strings\"\nstr.", "package main\nfunc main() { fmt.",
	} {
		f.Add(s, len(s))
		f.Add(s, len(s)/2)
	}
	sess := newSession(f, cellsA...)
	as := New(Options{})
	f.Fuzz(func(t *testing.T, code string, cursor int) {
		cursor = clamp(code, cursor)
		// The unexported methods do not recover from panics.
		c := as.complete(sess, code, cursor)
		if c.CursorStart < 0 || c.CursorStart > c.CursorEnd || c.CursorEnd > len(code) {
			t.Fatalf("Complete(%q, %d): got range [%d,%d)", code, cursor, c.CursorStart, c.CursorEnd)
		}
		if len(c.Matches) == 0 && (c.CursorStart != cursor || c.CursorEnd != cursor) {
			t.Fatalf("Complete(%q, %d): got no matches at [%d,%d), want the cursor", code, cursor, c.CursorStart, c.CursorEnd)
		}
		if len(c.Types) != len(c.Matches) || len(c.Matches) > maxMatches {
			t.Fatalf("Complete(%q, %d): got %d matches, %d types", code, cursor, len(c.Matches), len(c.Types))
		}
		if utf8.ValidString(code) && !utf8.ValidString(code[c.CursorStart:c.CursorEnd]) {
			t.Fatalf("Complete(%q, %d): got range [%d,%d) splitting a character", code, cursor, c.CursorStart, c.CursorEnd)
		}
		in := as.inspect(sess, code, cursor, cursor%2)
		if in.Found {
			if s, _ := in.Data["text/plain"].(string); strings.TrimSpace(s) == "" {
				t.Fatalf("Inspect(%q, %d): found with no text", code, cursor)
			}
		}
	})
}
