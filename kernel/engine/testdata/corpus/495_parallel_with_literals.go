//go:build ignore

package main

import "fmt"

type P struct{ N int }

var g1, g2 = P{1}, 2

func named() (a, b P) {
	a, b = P{1}, P{2}
	return
}

func named2() (a P, n int) {
	a, n = P{5}, 6
	return a, n
}

func main() {
	c, d := P{6}, 7
	fmt.Println(c, d)
	i, j := []int{1}, "s"
	fmt.Println(i, j)
	x, y, z := 1, [1]int{2}, "three"
	fmt.Println(x, y, z)
	fmt.Println(named())
	fmt.Println(named2())
	k, l := P{1}, P{2}
	fmt.Println(k, l)
	var a, b = P{3}, 4
	fmt.Println(a, b, g1, g2)
	m, _ := map[string]int{"a": 1}, 0
	fmt.Println(m)
	c, d = P{8}, d+1
	fmt.Println(c, d)
}
