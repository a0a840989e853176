//go:build ignore

// Comparisons and negations assigned to the blank identifier.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p, q := true, true
	_ = p != q
	ok := true
	_ = !ok
	n := 1
	_ = n == 2
	s := "a"
	_ = s < "b"
	f := 1.5
	_ = f >= 2
	a, b := P{1, 2}, P{1, 3}
	_ = a == b
	fmt.Println(p, q, ok, n, s, f, a, b)
}
