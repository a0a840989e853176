//go:build ignore

// A function variable deferred with constant arguments is taken at the
// defer.
package main

import "fmt"

func main() {
	var g func(int)
	g = func(n int) { fmt.Println("g1", n) }
	defer g(1)
	g = func(n int) { fmt.Println("g2", n) }
}
