//go:build ignore

// Package-level var specs of several names with a call among the
// values keep every value.
package main

import "fmt"

var a, b = 7, fmt.Sprint("x")

func f() string { return "f" }

var c, d, e = []int{1}, f(), len(f())

var g, h = func() (int, int) { return 1, 2 }()

func main() {
	fmt.Println(a, b, c, d, e, g, h)
	var i, j = 3, f()
	fmt.Println(i, j)
}
