//go:build ignore

package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)

	people := []Person{
		{Name: "Jax", Age: 37},
		{Name: "TJ", Age: 25},
		{Name: "Alex", Age: 72},
		{Name: "Bea", Age: 25},
	}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)

	byName := slices.Clone(people)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name < byName[j].Name })
	fmt.Println(byName)
	sort.SliceStable(byName, func(i, j int) bool { return byName[i].Age > byName[j].Age })
	fmt.Println(byName)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)
	i, found := slices.BinarySearchFunc(people, 37, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(i, found)
	desc := []int{3, 1, 2}
	slices.SortFunc(desc, func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Println(desc)
}
