//go:build ignore

package main

import (
	"fmt"
	"slices"
	"sort"
)

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	s := slices.IsSorted(ints)
	fmt.Println("Sorted: ", s)

	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
	words := []string{"pear", "fig", "apple"}
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	nums := []int{5, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx)
}
