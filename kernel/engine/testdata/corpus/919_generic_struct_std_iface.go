//go:build ignore

// Values of generic struct types held in interfaces of the standard
// library keep their type: %T, %v and assertions back.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Counter[T any] struct {
	label T
	n     int
}

func (c *Counter[T]) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type Upper[T any] struct{ w io.Writer }

func (u Upper[T]) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

type Sorted[T any] struct {
	xs  []int
	tag T
}

func (s Sorted[T]) Len() int           { return len(s.xs) }
func (s Sorted[T]) Less(i, j int) bool { return s.xs[i] < s.xs[j] }
func (s Sorted[T]) Swap(i, j int)      { s.xs[i], s.xs[j] = s.xs[j], s.xs[i] }

func main() {
	var b strings.Builder
	var w io.Writer = Upper[int]{&b}
	fmt.Fprint(w, "hello")
	u, ok := w.(Upper[int])
	fmt.Printf("%v %T %q\n", ok, w, b.String())
	_, ok = w.(Upper[string])
	fmt.Println(ok, u.w == io.Writer(&b))

	c := &Counter[string]{label: "bytes"}
	var cw io.Writer = c
	io.WriteString(cw, "abcdef")
	back, ok := cw.(*Counter[string])
	fmt.Printf("%v %T %d %s\n", ok, cw, back.n, back.label)

	var s sort.Interface = Sorted[string]{[]int{3, 1, 2}, "t"}
	sort.Sort(s)
	got, ok := s.(Sorted[string])
	fmt.Printf("%v %T %v %v\n", ok, s, s, got.xs)

	var a any = w
	fmt.Printf("%T\n", a)
	switch x := a.(type) {
	case Upper[string]:
		fmt.Println("string", x)
	case Upper[int]:
		fmt.Println("int")
	}
}
