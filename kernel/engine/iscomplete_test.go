package engine

import "testing"

func TestIsComplete(t *testing.T) {
	e := &Engine{}
	tests := []struct {
		code, status, indent string
	}{
		{"x := 1", "complete", ""},
		{`fmt.Println("hi")`, "complete", ""},
		{"func g() int {\n\treturn 1\n}", "complete", ""},
		{"", "complete", ""},
		{"%time x := 1", "complete", ""},
		{"func f() {", "incomplete", "\t"},
		{"for i := 0; i < 3; i++ {", "incomplete", "\t"},
		{"x := []int{\n1,", "incomplete", "\t"},
		{"if x {\n\tfor {", "incomplete", "\t\t"},
		{"s := `raw\nstring", "incomplete", ""},
		{"/* comment", "incomplete", ""},
		{"x := 1 +", "incomplete", ""},
		{"func f( {", "invalid", ""},
		{"x := )", "invalid", ""},
		{"x := 1 }", "invalid", ""},
		{`s := "unterminated`, "invalid", ""},
	}
	for _, tc := range tests {
		got := e.IsComplete(tc.code)
		if got.Status != tc.status || got.Indent != tc.indent {
			t.Errorf("IsComplete(%q): got %q %q, want %q %q", tc.code, got.Status, got.Indent, tc.status, tc.indent)
		}
	}
}
