//go:build ignore

// Type aliases declared inside a function, used in var declarations
// with initializers, conversions and composite literals.
package main

import "fmt"

func main() {
	type pt = struct{ X, Y int }
	var p pt = pt{1, 2}
	type row = []int
	var r row = []int{1}
	type counts = map[string]int
	var c counts = counts{"a": 1}
	type buf = []byte
	var b buf = buf("hi")
	type fn = func(int) int
	var f fn = fn(func(x int) int { return x * 2 })
	type ptr = *int
	n := 4
	q := ptr(&n)
	ps := []pt{{3, 4}}
	m := map[string]pt{"a": {5, 6}}
	var x any = p
	_, ok := x.(pt)
	fmt.Println(p, r, c, string(b), f(3), *q, ps, m, ok)
}
