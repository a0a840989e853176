//go:build ignore

// Values of recursive function types: calls chained on results
// (f()()(), c(1)(2)(3)) and a type switch binding such a value.
package main

import "fmt"

type F func() F

type C func(int) C

type G func(G) G

func main() {
	n := 0
	var f F
	f = func() F { n++; return f }
	f()()()
	fmt.Println(n)

	sum := 0
	var c C
	c = func(x int) C { sum += x; return c }
	c(1)(2)(3)(4)
	fmt.Println(sum)

	var g G = func(h G) G { return h }
	var a any = g
	switch v := a.(type) {
	case G:
		fmt.Println("G", v != nil)
	default:
		fmt.Println("default")
	}
	var b any = 3
	switch v := b.(type) {
	case G:
		fmt.Println("G", v != nil)
	default:
		fmt.Println("default", v)
	}
}
