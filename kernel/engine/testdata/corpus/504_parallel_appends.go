//go:build ignore

package main

import "fmt"

type Pair struct{ A, B []int }

func main() {
	var a, b []int
	a, b = append(a, 1), append(b, 2)
	fmt.Println(a, b)
	var p Pair
	p.A, p.B = append(p.A, 3), append(p.B, 4)
	fmt.Println(p)
	x := []int{0}
	y := []int{9}
	x, y = append(x, 1), append(x, 2)
	fmt.Println(x, y)
	var e1, e2 error
	e1, e2 = fmt.Errorf("one"), nil
	fmt.Println(e1, e2)
	i, j := 1, 2
	i, j = j,
		i+max(i, j)
	fmt.Println(i, j)
}
