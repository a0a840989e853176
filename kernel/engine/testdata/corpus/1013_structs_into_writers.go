//go:build ignore

// A struct value going into io.Writer through `w, k := S{}, 2`, a
// deferred function literal's argument or a function value a call
// returned prints as itself, with its type.
package main

import (
	"fmt"
	"io"
	"sync"
)

type S struct {
	name string
	n    int
}

func (s S) Write(p []byte) (int, error) { return len(p), nil }

func mk() func(io.Writer) { return func(w io.Writer) { fmt.Printf("mk %v %T\n", w, w) } }

func main() {
	var w io.Writer
	w = S{"a", 1}
	fmt.Printf("%v %T\n", w, w)
	w, k := S{"b", 1}, 2
	fmt.Printf("%v %T %v\n", w, w, k)
	var x, y io.Writer = S{"c", 1}, S{"d", 2}
	x, y = y, S{"f", 2}
	fmt.Printf("%v %v\n", x, y)

	defer func(w io.Writer, n int) { fmt.Printf("deferred %v %T %d\n", w, w, n) }(S{"b", 2}, 3)
	mk()(S{"c", 3})
	f := mk()
	f(S{"d", 4})
	fs := []func(io.Writer){mk()}
	fs[0](S{"e", 5})
	var wg sync.WaitGroup
	wg.Add(1)
	go func(w io.Writer) { defer wg.Done(); fmt.Printf("go %v %T\n", w, w) }(S{"g", 6})
	wg.Wait()
	func(w io.Writer) { fmt.Printf("lit %v %T\n", w, w) }(S{"h", 7})
}
