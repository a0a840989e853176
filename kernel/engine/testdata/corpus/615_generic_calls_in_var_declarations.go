//go:build ignore

// Local var declarations and parallel assignments whose values call a
// generic function (slices.Max, maps.Keys, the program's own) the first
// time: the interpreter left the variables zero.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func Id2[T any](x T) T {
	y := x
	return y
}

func Two[T any](x T) (T, bool) {
	y := x
	return y, true
}

func Top[K comparable, V cmp.Ordered](m map[K]V) (K, V) {
	var bk K
	var bv V
	first := true
	for k, v := range m {
		if first || v > bv {
			bk, bv, first = k, v, false
		}
	}
	return bk, bv
}

func Sum[T cmp.Ordered](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	var first = Id2(xs[0])
	_ = first
	return s
}

func main() {
	var b = Id2(6)
	var c, ok = Two("x")
	var d float64 = Id2(2.5)
	var _ = Id2(1)
	var e, _ = Two(3)
	var k, v = Top(map[string]int{"a": 1, "b": 5})
	fmt.Println(b, c, ok, d, e, k, v, Sum(1, 2, 3), Sum("a", "b"))
	words := strings.Fields("b a c a")
	var uniq = slices.Compact(slices.Sorted(slices.Values(words)))
	var keys = slices.Collect(maps.Keys(map[int]bool{1: true}))
	var idx, found = slices.BinarySearch(uniq, "c")
	var any1 any = slices.Max(words)
	var fn = func() int { var m = slices.Min([]int{4, 2}); return m }
	fmt.Println(uniq, keys, idx, found, any1, fn())
	var x, y int
	x, y = slices.Min([]int{5, 4}), max(1, slices.Max([]int{7, 8}))
	fmt.Println(x, y)
}
