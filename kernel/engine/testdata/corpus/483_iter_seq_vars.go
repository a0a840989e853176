//go:build ignore

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Pair struct {
	K string
	V int
}

func pairs(m map[string]int) iter.Seq[Pair] {
	return func(yield func(Pair) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(Pair{k, m[k]}) {
				return
			}
		}
	}
}

func main() {
	var seq iter.Seq[int] = func(yield func(int) bool) {
		for i := range 3 {
			if !yield(i * i) {
				return
			}
		}
	}
	for v := range seq {
		fmt.Println(v)
	}
	var kv iter.Seq2[int, string] = slices.All([]string{"a", "b"})
	for i, s := range kv {
		fmt.Println(i, s)
	}
	var ps iter.Seq[Pair] = pairs(map[string]int{"x": 1, "a": 2})
	fmt.Println(slices.Collect(ps))
	conv := iter.Seq[int](seq)
	fmt.Println(slices.Collect(conv))
}
