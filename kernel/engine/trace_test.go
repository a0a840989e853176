package engine

import (
	"strings"
	"testing"
)

// TestTracebackFrames checks the frames a panic lists: each function of
// the cell on the stack (a recursive one once per call), innermost first,
// at its line, and none of the kernel's own glue.
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
		{"function with two deferred calls", `package main

import "fmt"

var s []int

func run() int {
	defer fmt.Println("a")
	defer func() { fmt.Println("b") }()
	x := 1
	return s[x]
}

func main() { run() }
`, []string{"Cell [1], line 11 in run", "Cell [1], line 14 in main"}},
		{"panic after a recovered one", `package main

func try(f func()) {
	defer func() { recover() }()
	f()
}

func boom() { panic("recovered one") }

func main() {
	try(boom)
	var m map[string]int
	m["x"] = 1
}
`, []string{"Cell [1], line 13 in main"}},
		{"main calling again after a closure's recovered panic", `package main

func get(s []int, i int) int { return s[i] }

func try(f func()) {
	defer func() { recover() }()
	f()
}

func main() {
	try(func() { get(nil, 1) })
	get(nil, 2)
}
`, []string{"Cell [1], line 3 in get", "Cell [1], line 12 in main"}},
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
		{"direct recursion", `package main

func deep(n int) {
	if n == 0 {
		panic("bottom")
	}
	deep(n - 1)
}

func main() { deep(2) }
`, []string{"Cell [1], line 5 in deep", "Cell [1], line 7 in deep", "Cell [1], line 7 in deep", "Cell [1], line 10 in main"}},
		{"mutual recursion", `package main

func even(n int) bool {
	if n == 0 {
		panic("bottom")
	}
	return odd(n - 1)
}

func odd(n int) bool { return even(n - 1) }

func main() { even(2) }
`, []string{"Cell [1], line 5 in even", "Cell [1], line 10 in odd", "Cell [1], line 7 in even", "Cell [1], line 12 in main"}},
		{"top-level statement", `var m map[string]int
m["a"] = 1
`, []string{"Cell [1], line 2"}},
		{"slice converted to a longer array", `package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	fmt.Println("a")
	a := [4]int(s)
	fmt.Println(a)
}
`, []string{"Cell [1], line 8 in main"}},
		{"make with a negative size", `n := -1
println("a")
_ = make([]int, n)
`, []string{"Cell [1], line 3"}},
		{"map literal with an unhashable key", `var k any = []int{1}
println("a")
_ = map[any]int{k: 1}
`, []string{"Cell [1], line 3"}},
		{"value method through a nil pointer in an interface", `package main

import "fmt"

type T struct{ n int }

func (t T) Error() string { return "m" }

func call(e error) string {
	return e.Error()
}

func main() {
	var p *T
	fmt.Println(call(p))
}
`, []string{"Cell [1], line 10 in call", "Cell [1], line 15 in main"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newTestEngine(t)
			r := runCell(t, e, 1, tt.code)
			if r.err == nil {
				t.Fatalf("got no error, want a panic:\n%s", r)
			}
			checkFrames(t, r, tt.want)
		})
	}
}

// TestGoroutinePanicEndsCell checks that a panic in a goroutine a cell
// started ends the cell with that panic, as it would end a Go program:
// when the cell's code returns (its closures keep working), or a second
// later when the cell waits for the goroutine.
func TestGoroutinePanicEndsCell(t *testing.T) {
	e := newTestEngine(t)
	r := runCell(t, e, 1, `import "time"

double := func(x int) int { return 2 * x }
go func() {
	panic("worker failed")
}()
time.Sleep(500 * time.Millisecond)
`)
	if r.err == nil || r.err.Value != "worker failed" {
		t.Fatalf("got %s, want the goroutine's panic", r)
	}
	tb := strings.Join(r.err.Traceback, "\n")
	if !strings.Contains(tb, "in a goroutine the cell started:\nCell [1], line 5") {
		t.Errorf("got traceback\n%s\nwant the goroutine's frame at line 5", tb)
	}
	if r := runCell(t, e, 2, `fmt.Println(double(21))`); r.err != nil || r.stdout != "42\n" {
		t.Errorf("got %s, want the closure of the cell to work", r)
	}
	r = runCell(t, e, 3, `done := make(chan bool)
go func() {
	var m map[string]int
	m["a"] = 1
	done <- true
}()
<-done
fmt.Println("not reached")
`)
	if r.err == nil || r.err.Value != "assignment to entry in nil map" || strings.Contains(r.stdout, "not reached") {
		t.Fatalf("got %s, want the goroutine's panic", r)
	}
	if raceBuild {
		return // the waiting cell's goroutine may still be ending
	}
	if r := runCell(t, e, 4, `fmt.Println("next")`); r.err != nil || r.stdout != "next\n" {
		t.Errorf("got %s, want the next cell to run", r)
	}
}

// TestTracebackAfterRerun checks that after a cell is run again (its
// declarations unchanged), tracebacks name the cell run last, at the
// lines the declarations have there.
func TestTracebackAfterRerun(t *testing.T) {
	decls := "type T struct{ xs []int }\n\nfunc (t T) At(i int) int {\n\treturn t.xs[i]\n}\n\nfunc f(xs []int) int {\n\treturn T{xs}.At(5)\n}\n"
	e := newTestEngine(t)
	for i, code := range []string{decls, "x := 1\n// again\n\n" + decls + "fmt.Println(x)\n"} {
		if r := runCell(t, e, i+1, code); r.err != nil {
			t.Fatalf("cell %d: %s", i+1, r)
		}
	}
	r := runCell(t, e, 3, "f([]int{1})")
	if r.err == nil {
		t.Fatalf("got no error, want a panic:\n%s", r)
	}
	checkFrames(t, r, []string{"Cell [2], line 7 in T.At", "Cell [2], line 11 in f", "Cell [3], line 1"})
}

// checkFrames checks the frame lines of r's traceback.
func checkFrames(t *testing.T, r cellResult, want []string) {
	t.Helper()
	var got []string
	for _, l := range r.err.Traceback {
		if strings.HasPrefix(l, "Cell [") {
			got = append(got, l)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got frames\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTopLevelLiteralFrames checks the frames of a cell whose panic went
// through function literals the cell made at its top level: the
// literal's frame, then the cell's own at its line.
func TestTopLevelLiteralFrames(t *testing.T) {
	e := newTestEngine(t)
	runCell(t, e, 1, "func boom() { panic(\"boom\") }\nfunc apply(f func()) { f() }")
	tests := []struct {
		code string
		want []string
	}{
		{"f := func() { boom() }\nf()", []string{"Cell [1], line 1 in boom", "Cell [2], line 1 in func1", "Cell [2], line 2"}},
		{"apply(func() {\n\tpanic(\"direct\")\n})", []string{"Cell [3], line 2 in func1", "Cell [1], line 2 in apply", "Cell [3], line 1"}},
		{"g := func() int { return 1 }\nvar m map[string]int\nm[\"a\"] = 1\n_ = g", []string{"Cell [4], line 3"}},
	}
	for i, tt := range tests {
		r := runCell(t, e, i+2, tt.code)
		if r.err == nil {
			t.Fatalf("got no error, want a panic:\n%s", r)
		}
		checkFrames(t, r, tt.want)
	}
}
