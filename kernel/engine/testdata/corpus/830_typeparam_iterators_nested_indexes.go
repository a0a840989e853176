//go:build ignore

// Ranging over a value whose type is a type parameter constrained to a
// func type (generic iterator helpers), and index panics whose index is
// itself an index (a[perm[k]], grid[idx[i]][j]).
package main

import (
	"fmt"
	"maps"
	"slices"
)

func Sum[S ~func(func(int) bool)](s S) (t int) {
	for v := range s {
		t += v
	}
	return
}

func Count2[K comparable, V any, S ~func(func(K, V) bool)](s S) (n int) {
	for range s {
		n++
	}
	return
}

func First[E any, S ~func(func(E) bool)](s S) (E, bool) {
	for v := range s {
		return v, true
	}
	var zero E
	return zero, false
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	s := func(yield func(int) bool) { _ = yield(1) && yield(2) && yield(3) }
	fmt.Println(Sum(s), Sum(slices.Values([]int{4, 5})))
	fmt.Println(Count2(maps.All(map[string]int{"a": 1, "b": 2})))
	fmt.Println(First(slices.Values([]string{"x", "y"})))

	var arr []int
	perm := []int{1}
	grid := [][]int{{1, 2}, {3}}
	idx := []int{0, 1, 5}
	try(func() { _ = arr[perm[0]] })
	try(func() { _ = arr[perm[3]] })
	try(func() { fmt.Println(grid[idx[1]][idx[0]]) })
	try(func() { fmt.Println(grid[idx[1]][idx[1]]) })
	try(func() { fmt.Println(grid[idx[2]][0]) })
}
