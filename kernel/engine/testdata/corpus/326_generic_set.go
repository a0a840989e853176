//go:build ignore

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func Of[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Remove(v T)   { delete(s, v) }
func (s Set[T]) Len() int     { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Of[T]()
	for v := range s {
		r.Add(v)
	}
	for v := range o {
		r.Add(v)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Of[T]()
	for v := range s {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := Of[T]()
	for v := range s {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for v := range s {
		parts = append(parts, fmt.Sprint(v))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

type Color string

func main() {
	a := Of(1, 2, 3, 4)
	b := Of(3, 4, 5)
	fmt.Println(a.Union(b), a.Intersect(b), a.Diff(b), b.Diff(a))
	fmt.Println(Sorted(a.Union(b)), a.Has(2), b.Has(2), a.Len())
	a.Remove(1)
	fmt.Println(a, len(a))

	warm := Of[Color]("red", "orange", "yellow")
	flag := Of[Color]("red", "white", "blue")
	fmt.Println(Sorted(warm.Intersect(flag)), warm.Union(flag).Len())
	fmt.Printf("%v %d\n", flag, len(flag))

	words := strings.Fields("the cat and the hat and the bat")
	uniq := Of(words...)
	fmt.Println(uniq.Len(), Sorted(uniq))
	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len(), empty)
}
