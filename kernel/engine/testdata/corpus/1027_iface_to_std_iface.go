//go:build ignore

// Struct values held in the program's interfaces (Sink, Sortable) and
// converted to the standard library's (io.Writer, sort.Interface) keep
// their type: %T, assertions back, comparisons.

package main

import (
	"fmt"
	"io"
	"sort"
)

type Full struct{ n int }

func (Full) Write(p []byte) (int, error) { return len(p), nil }

type Sink interface{ Write(p []byte) (int, error) }

type Nop struct{}

func (Nop) Write(p []byte) (int, error) { return 0, nil }

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type Ints struct{ xs []int }

func (s Ints) Len() int           { return len(s.xs) }
func (s Ints) Less(i, j int) bool { return s.xs[i] < s.xs[j] }
func (s Ints) Swap(i, j int)      { s.xs[i], s.xs[j] = s.xs[j], s.xs[i] }

func show(w io.Writer) string { return fmt.Sprintf("%T %v", w, w) }

func main() {
	var s Sink = Full{1}
	var w io.Writer = s
	fmt.Printf("%T %v\n", w, w)
	_, ok := w.(Full)
	fmt.Println(ok, show(s), show(io.Writer(s)))
	var n Sink = Nop{}
	ww := io.Writer(n)
	fmt.Printf("%T\n", ww)
	_, ok = ww.(Sink)
	fmt.Println(ok, ww == io.Writer(Nop{}))
	var so Sortable = Ints{[]int{3, 1, 2}}
	sort.Sort(so)
	var si sort.Interface = so
	fmt.Printf("%T %v\n", si, so)
	ws := []io.Writer{s, n, &Full{2}}
	for _, x := range ws {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
}
