//go:build ignore

// Pointers to arrays, slices and maps: elided &T in literals, &p[i] of a
// pointer to an array, ranges over a call's pointer to an array, and a
// generic function with named results instantiated twice.
package main

import "fmt"

type Row [2]int

func main() {
	rows := []*[2]int{{1, 2}, {3, 4}}
	fmt.Println(*rows[0], rows[1][1])
	m := map[int]*[3]int{1: {4, 9, 2}, 7: {}}
	fmt.Println(*m[1], *m[7])
	rs := []*Row{{1, 2}}
	fmt.Println(*rs[0])
	ms := map[string]*[]int{"a": {1, 2}}
	fmt.Println(*ms["a"])
	mm := map[string]*map[string]int{"a": {"x": 1}}
	fmt.Println(*mm["a"])
	a := [3]int{1, 2, 3}
	p := &a
	q := &p[1]
	*q = 20
	fmt.Println(a)
	for range 2 {
		for i, c := range get(&a) {
			fmt.Print(i, c, " ")
		}
	}
	fmt.Println()
	x, _ := First([]int{1})
	y, _ := First([]string{"a"})
	fmt.Println(x, y)
}

func get(p *[3]int) *[3]int { return p }

func First[T any](xs []T) (v T, err error) {
	return xs[0], nil
}
