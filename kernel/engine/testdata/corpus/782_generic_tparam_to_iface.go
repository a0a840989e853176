//go:build ignore

// Values of a type parameter converted to an interface with methods in
// generic code are copies, as in Go: a range over []T collected into
// []fmt.Stringer holds every element, not the last one three times.
package main

import (
	"fmt"
	"sort"
)

type Name struct{ S string }

func (n Name) String() string { return n.S }

type Shape interface{ Area() int }

type Sq struct{ W int }

func (s Sq) Area() int { return s.W * s.W }

func Pair[T fmt.Stringer](a, b T) []fmt.Stringer {
	x := a
	var s fmt.Stringer = x
	x = b
	return []fmt.Stringer{s, x}
}

func ToStringers[T fmt.Stringer](xs []T) []fmt.Stringer {
	var out []fmt.Stringer
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func Shapes[T Shape](xs []T) []Shape {
	out := make([]Shape, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func Collect[T Shape](ch <-chan T) []Shape {
	var out []Shape
	for x := range ch {
		out = append(out, x)
	}
	return out
}

func Largest[T Shape](m map[string]T) []Shape {
	var out []Shape
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i := 0; i < len(keys); i++ {
		x := m[keys[i]]
		out = append(out, x)
	}
	return out
}

func main() {
	fmt.Println(Pair(Name{"a"}, Name{"b"}))
	fmt.Println(ToStringers([]Name{{"a"}, {"b"}, {"c"}}))
	for _, s := range Shapes([]Sq{{1}, {3}, {2}}) {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	ch := make(chan Sq, 3)
	ch <- Sq{4}
	ch <- Sq{5}
	close(ch)
	for _, s := range Collect(ch) {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	for _, s := range Largest(map[string]*Sq{"a": {6}, "b": {7}}) {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
}
