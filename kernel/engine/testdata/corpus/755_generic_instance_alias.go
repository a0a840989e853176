//go:build ignore

// Aliases of instances of generic types, with methods.
package main

import (
	"fmt"
	"sort"
)

type List[T any] []T

func (l List[T]) First() T { return l[0] }
func (l List[T]) Len() int { return len(l) }

type Ints = List[int]

type Set[T comparable] map[T]bool

func (s Set[T]) Add(v T)           { s[v] = true }
func (s Set[T]) Has(v T) bool      { return s[v] }
func (s Set[T]) Size() (n int)     { return len(s) }
func NewSet[T comparable]() Set[T] { return Set[T]{} }

type IntSet = Set[int]

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Entry = Pair[string, int]

func sorted(s IntSet) []int {
	var out []int
	for k := range s {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func main() {
	var x Ints = Ints{5, 6}
	fmt.Println(x.First(), x.Len())
	var y List[int] = x
	fmt.Println(y.First())
	s := IntSet{}
	s.Add(3)
	s.Add(1)
	t := NewSet[int]()
	t.Add(9)
	var u IntSet = t
	fmt.Println(sorted(s), s.Has(3), s.Size(), u.Has(9))
	fmt.Printf("%T %T\n", x, s)
	es := []Entry{{"a", 1}, {"b", 2}}
	fmt.Println(es, es[1].Key)
}
