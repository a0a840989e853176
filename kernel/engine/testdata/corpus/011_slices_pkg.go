//go:build ignore

package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	fmt.Println(slices.Contains(s, 8), slices.Index(s, 9), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	sorted := slices.Clone(s)
	slices.Sort(sorted)
	fmt.Println(s, sorted, slices.IsSorted(sorted))
	i, found := slices.BinarySearch(sorted, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(sorted, 4)
	fmt.Println(i, found)
	sorted = slices.Insert(sorted, i, 4)
	fmt.Println(sorted)
	sorted = slices.Delete(sorted, 0, 2)
	fmt.Println(sorted)
	slices.Reverse(sorted)
	fmt.Println(sorted)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1}, []int{2}))
	words := []string{"banana", "Apple", "cherry", "apple"}
	slices.SortFunc(words, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)
	fmt.Println(slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "ch") }))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.ContainsFunc(s, func(n int) bool { return n > 8 }))
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	dst := slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(dst)
	fmt.Println(slices.Replace([]string{"a", "b", "c"}, 1, 2, "x", "y"))
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)
}
