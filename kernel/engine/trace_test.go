package engine

import (
	"strings"
	"testing"
)

// TestTracebackFrames checks the frames a panic lists: each function of
// the cell on the stack once, innermost first, at its line, and none of
// the kernel's own glue.
func TestTracebackFrames(t *testing.T) {
	tests := []struct {
		name, code string
		want       []string
	}{
		{"closure called by its function", `package main

var s []int

func run() int {
	cb := func() int { return s[0] }
	return cb()
}

func main() { run() }
`, []string{"Cell [1], line 6 in run.func1", "Cell [1], line 7 in run", "Cell [1], line 10 in main"}},
		{"closure in a function with a defer", `package main

var s []int

func run() int {
	defer func() {}()
	cb := func() int { return s[0] }
	return cb()
}

func main() { run() }
`, []string{"Cell [1], line 7 in run.func2", "Cell [1], line 8 in run", "Cell [1], line 11 in main"}},
		{"method promoted through an embedded pointer", `package main

type Inner struct{ data []int }

func (in *Inner) Get(i int) int {
	return in.data[i]
}

type Outer struct {
	*Inner
}

func main() {
	o := Outer{&Inner{}}
	o.Get(3)
}
`, []string{"Cell [1], line 6 in Inner.Get", "Cell [1], line 15 in main"}},
		{"top-level statement", `var m map[string]int
m["a"] = 1
`, []string{"Cell [1], line 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newTestEngine(t)
			r := runCell(t, e, 1, tt.code)
			if r.err == nil {
				t.Fatalf("got no error, want a panic:\n%s", r)
			}
			var got []string
			for _, l := range r.err.Traceback {
				if strings.HasPrefix(l, "Cell [") {
					got = append(got, l)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got frames\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
