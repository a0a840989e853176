//go:build ignore

package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	if i < len(a) && a[i] == x {
		fmt.Printf("found %d at index %d in %v\n", x, i, a)
	} else {
		fmt.Printf("%d not found in %v\n", x, a)
	}
	x = 7
	i = sort.Search(len(a), func(i int) bool { return a[i] >= x })
	fmt.Println("insertion point for 7:", i)

	guess := sort.Search(100, func(n int) bool { return n*n >= 2000 })
	fmt.Println("smallest n with n*n >= 2000:", guess)

	words := []string{"apple", "banana", "cherry", "date"}
	j := sort.SearchStrings(words, "cherry")
	fmt.Println(j)
	k, found := sort.Find(len(words), func(i int) int { return strings.Compare("blueberry", words[i]) })
	fmt.Println(k, found)
	pos, ok := slices.BinarySearch(words, "date")
	fmt.Println(pos, ok)
	desc := []int{9, 7, 5, 3}
	d := sort.Search(len(desc), func(i int) bool { return desc[i] <= 5 })
	fmt.Println(d)
}
