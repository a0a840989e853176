//go:build ignore

// sort and slices: Search, SearchInts, SliceStable with several keys,
// sort.Sort with Reverse, binary search of insertion points.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{0, 5, 6, 12} {
		i := sort.SearchInts(xs, t)
		j := sort.Search(len(xs), func(k int) bool { return xs[k] >= t })
		found := i < len(xs) && xs[i] == t
		fmt.Println(t, i, j, found)
	}
	// First square >= 1000 by binary search over a predicate.
	n := sort.Search(100, func(i int) bool { return i*i >= 1000 })
	fmt.Println(n, n*n)

	emps := []Employee{
		{"ann", "eng", 40}, {"bob", "ops", 30}, {"cy", "eng", 30},
		{"dee", "ops", 40}, {"eve", "eng", 25}, {"fay", "hr", 30},
	}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Age < emps[j].Age })
	fmt.Println(emps)
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	fmt.Println(emps)

	sort.Sort(sort.Reverse(byAge(emps)))
	ages := make([]int, len(emps))
	for i, e := range emps {
		ages[i] = e.Age
	}
	fmt.Println(ages, sort.IsSorted(sort.Reverse(byAge(emps))))
	sort.Stable(byAge(emps))
	fmt.Println(emps[0].Age, emps[len(emps)-1].Age)

	slices.SortStableFunc(emps, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	for _, e := range emps {
		fmt.Print(e.Dept, "/", e.Age, "/", e.Name, " ")
	}
	fmt.Println()

	i, found := slices.BinarySearchFunc(emps, "hr", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println(i, found)
	i, found = slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(i, found)

	words := sort.StringSlice{"pear", "Apple", "fig", "banana"}
	words.Sort()
	fmt.Println(words, words.Search("fig"))
	fl := []float64{2.5, -1, 3.75, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))

	insert := func(s []int, v int) []int {
		i := sort.SearchInts(s, v)
		return slices.Insert(s, i, v)
	}
	var sorted []int
	for _, v := range []int{5, 1, 4, 1, 9, 2} {
		sorted = insert(sorted, v)
	}
	fmt.Println(sorted)
	idx, ok := sort.Find(len(sorted), func(i int) int { return cmp.Compare(4, sorted[i]) })
	fmt.Println(idx, ok)
}
