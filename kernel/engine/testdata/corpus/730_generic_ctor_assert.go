//go:build ignore

// A generic type made only through a generic constructor, asserted to an
// interface in another function: its methods are found.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) String() string { return fmt.Sprint("stack", s.items) }

func NewStack[T any](xs ...T) *Stack[T] { return &Stack[T]{xs} }

type Opt[T any] struct{ v T }

func (o Opt[T]) String() string { return fmt.Sprint("Some(", o.v, ")") }

func Some[T any](v T) Opt[T] { return Opt[T]{v} }

type Namer interface{ Name() string }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) Name() string { return fmt.Sprint(p.K, "=", p.V) }

func MakePairs[K comparable, V any](m map[K]V, keys ...K) []Pair[K, V] {
	var out []Pair[K, V]
	for _, k := range keys {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

func describe(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return s.String()
	}
	if n, ok := v.(Namer); ok {
		return "named " + n.Name()
	}
	return "not a Stringer"
}

func main() {
	st := NewStack(1, 2)
	fmt.Println(describe(st))
	x := Some(2)
	fmt.Println(describe(x), describe(Some("s")))
	for _, p := range MakePairs(map[string]int{"a": 1, "b": 2}, "b", "a") {
		fmt.Println(describe(p))
	}
	fmt.Println(describe(3))
}
