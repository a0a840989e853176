//go:build ignore

// Standard generic functions in a, b = x, y assignments to variables, map
// entries and fields, and in var declarations.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type P struct{ A, B int }

func main() {
	xs := []int{3, 1, 2}
	var lo, hi int
	lo, hi = slices.Min(xs), slices.Max(xs)
	fmt.Println(lo, hi)
	var m = slices.Max(xs)
	var i int = slices.Index(xs, 2)
	var c = slices.Clone(xs)
	fmt.Println(m, i, c)
	mm := map[string]int{}
	mm["x"], mm["y"] = slices.Max(xs), 5
	var p P
	p.A, p.B = slices.Max(xs), 1
	var s []string
	var ok bool
	s, ok = slices.Sorted(maps.Keys(mm)), true
	fmt.Println(mm, p, s, ok)
	var j, found = slices.BinarySearch([]int{1, 2, 3}, 2)
	fmt.Println(j, found)
}
