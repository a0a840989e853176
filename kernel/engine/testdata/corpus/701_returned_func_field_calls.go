//go:build ignore

// Returning the call of a func-typed field whose result is a (named)
// function type, as a Y combinator wrapped in a struct does.
package main

import "fmt"

type S string

type Y struct{ f func() S }

func get(h Y) S { return h.f() }

type F func() int

type Z struct{ f func() F }

func get2(h Z) func() int { return h.f() }

func main() {
	fmt.Println(get(Y{func() S { return "s" }}))
	fmt.Println(get2(Z{func() F { return func() int { return 2 } }})())
}
