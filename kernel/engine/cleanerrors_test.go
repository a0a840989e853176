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
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCell(t, e, i+1, tt.code)
			if r.err == nil || r.err.Name != "CompileError" || !strings.Contains(r.err.Value, tt.want) {
				t.Fatalf("got %+v, want a CompileError containing %q", r.err, tt.want)
			}
		})
	}
	if r := runCell(t, e, 10, "1 + 1"); r.err != nil || r.result != "2" {
		t.Fatalf("after the errors: got %v, want => 2", r)
	}
}
