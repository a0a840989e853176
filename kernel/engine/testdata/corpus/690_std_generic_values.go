//go:build ignore

// Generic functions of the standard library passed as values with their
// type arguments inferred (slices.SortFunc(x, slices.Compare)) or explicit.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

func sortWith[T any](xs []T, less func(a, b T) int) []T {
	ys := slices.Clone(xs)
	slices.SortFunc(ys, less)
	return ys
}

func withDefer() (out []string) {
	defer func() { out = append(out, "done") }()
	cmpf := slices.Compare[[]string]
	x := [][]string{{"b"}, {"a", "z"}, {"a"}}
	slices.SortFunc(x, cmpf)
	for _, s := range x {
		out = append(out, fmt.Sprint(s))
	}
	return out
}

func main() {
	fmt.Println(sortWith([][]int{{3}, {1, 2}, {1}}, slices.Compare))
	fmt.Println(sortWith([]string{"b", "a"}, cmp.Compare))
	fmt.Println(withDefer())
	keys := maps.Keys[map[string]int]
	fmt.Println(slices.Sorted(keys(map[string]int{"x": 1, "a": 2})))
	fs := []func([]int, int) int{slices.Index[[]int]}
	fmt.Println(fs[0]([]int{4, 5}, 5))
	conv := slices.Collect[int]
	fmt.Println(conv(slices.Values([]int{1, 2})))
	fmt.Println(strconv.Itoa(slices.Max([]int{3, 9})))
	var f func([]int, []int) int = slices.Compare
	fmt.Println(f([]int{1}, []int{2}))
}
