package engine

import (
	"testing"
	"time"
)

// TestBuiltinPrint checks that print and println write to stderr as Go's
// do: println spaced, print not, numbers as the runtime formats them.
func TestBuiltinPrint(t *testing.T) {
	e := newTestEngine(t)
	cells := []struct {
		code, stdout, stderr string
	}{
		{`println("s", 3, 1.5, true, 'a', uint8(7), 2+3i, float32(0.25))`, "", "s 3 1.5 true 97 7 (2+3i) 0.25\n"},
		{"print(\"a\", 1, \"b\\n\")\nfmt.Println(\"out\")", "out\n", "a1b\n"},
		{"import \"time\"\nprintln(time.Second, 1e21)", "", "1000000000 1e+21\n"},
		{"func println(s string) { fmt.Println(\"mine\", s) }\nprintln(\"x\")", "mine x\n", ""},
	}
	for i, c := range cells {
		got := runCell(t, e, i+1, c.code)
		if got.err != nil {
			t.Fatalf("cell %d: %s", i+1, got)
		}
		if got.stdout != c.stdout || got.stderr != c.stderr {
			t.Errorf("cell %d: got stdout %q stderr %q, want %q and %q", i+1, got.stdout, got.stderr, c.stdout, c.stderr)
		}
	}
}

// TestBuiltinFormat checks the operands the runtime prints as addresses.
func TestBuiltinFormat(t *testing.T) {
	var p *int
	tests := []struct {
		v    any
		want string
	}{
		{nil, "(0x0,0x0)"},
		{p, "0x0"},
		{[]int(nil), "[0/0]0x0"},
		{time.Second, "1000000000"},
		{float32(1) / 3, "0.33333334"},
		{complex64(1 + 2i), "(1+2i)"},
	}
	for _, tt := range tests {
		if got := builtinFormat(tt.v); got != tt.want {
			t.Errorf("builtinFormat(%#v): got %q, want %q", tt.v, got, tt.want)
		}
	}
}
