//go:build ignore

// Functions returning the iterators of maps, slices and strings
// (return maps.Keys(m)), and the same functions called directly after.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Store struct{ m map[string]int }

func (s Store) Keys() iter.Seq[string] { return maps.Keys(s.m) }

func pairs(m map[string]int) iter.Seq2[string, int] {
	if len(m) == 0 {
		return nil
	}
	return maps.All(m)
}

func words(s string) iter.Seq[string] { return strings.FieldsSeq(s) }

func main() {
	m := map[string]int{"b": 1, "a": 2}
	s := Store{m}
	fmt.Println(slices.Sorted(s.Keys()))
	fmt.Println(slices.Sorted(maps.Keys(m)))
	seq := maps.Values(m)
	fmt.Println(slices.Sorted(seq), slices.Sorted(maps.Values(m)))
	for k, v := range pairs(m) {
		_ = k
		_ = v
	}
	n := 0
	for range maps.All(m) {
		n++
	}
	fmt.Println(n)
	fmt.Println(slices.Collect(words("a b  c")))
	fmt.Println(slices.Collect(strings.FieldsSeq("x y")))
	k := maps.Keys[map[string]int]
	fmt.Println(slices.Sorted(k(m)), slices.Sorted(maps.Keys(m)))
	back := slices.Backward([]int{1, 2})
	for i, v := range back {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward([]int{3}) {
		fmt.Println(i, v)
	}
}
