//go:build ignore

// Iterators of the standard library kept in struct fields, map elements
// and slices, then replaced by others (s.Seq = slices.Values(xs)).
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Source struct{ Seq iter.Seq[int] }

type Holder[T any] struct{ Seq iter.Seq[T] }

type Pairs struct{ All iter.Seq2[string, int] }

func newHolder[T any](xs []T) Holder[T] { return Holder[T]{Seq: slices.Values(xs)} }

func (h *Holder[T]) Reset(xs []T) { h.Seq = slices.Values(xs) }

func main() {
	s := Source{Seq: slices.Values([]int{1})}
	s.Seq = slices.Values([]int{7})
	fmt.Println(slices.Collect(s.Seq))
	m := map[string]iter.Seq[int]{"k": slices.Values([]int{1})}
	m["k"] = slices.Values([]int{3})
	fmt.Println(slices.Collect(m["k"]))
	h := Holder[int]{Seq: slices.Values([]int{1})}
	h.Seq = slices.Values([]int{2, 3})
	fmt.Println(slices.Collect(h.Seq))
	arr := []Source{{slices.Values([]int{4})}}
	arr[0].Seq = slices.Values([]int{5})
	fmt.Println(slices.Collect(arr[0].Seq))
	p := &Source{Seq: slices.Values([]int{1})}
	p.Seq = slices.Values([]int{6})
	fmt.Println(slices.Collect(p.Seq))
	g := newHolder([]string{"a", "b"})
	fmt.Println(slices.Collect(g.Seq))
	g.Reset([]string{"c"})
	fmt.Println(slices.Collect(g.Seq))
	mm := map[string]int{"x": 1, "y": 2}
	pr := Pairs{maps.All(mm)}
	pr.All = maps.All(map[string]int{"z": 3})
	for k, v := range pr.All {
		fmt.Println(k, v)
	}
	seqs := []iter.Seq[string]{maps.Keys(mm)}
	seqs[0] = maps.Keys(map[string]int{"q": 1})
	fmt.Println(slices.Sorted(seqs[0]), slices.Sorted(maps.Keys(mm)))
	var chained []int
	for _, sq := range []iter.Seq[int]{slices.Values([]int{1, 2}), slices.Values([]int{3})} {
		chained = slices.AppendSeq(chained, sq)
	}
	fmt.Println(chained)
}
