//go:build ignore

// Recursive function types in depth: tuple assignments, assertions and
// type switches from any, several variables in one declaration, a local
// one, and trampolines.
package main

import "fmt"

type step func() step

func loop() step { return loop }

type thunk func() (thunk, int)

func countdown(n int) thunk {
	return func() (thunk, int) {
		if n == 0 {
			return nil, 0
		}
		return countdown(n - 1), n
	}
}

func main() {
	var next step = loop
	var f step
	var n int
	f, n = next, 1
	fmt.Println(f != nil, n)

	var a any = step(loop)
	_, ok := a.(step)
	fmt.Println(ok)
	switch a.(type) {
	case step:
		fmt.Println("a step")
	default:
		fmt.Println("default")
	}

	var g, h step = loop, nil
	fmt.Println(g != nil, h == nil)

	type local func(int) local
	var loc local
	loc = func(i int) local {
		if i == 0 {
			return nil
		}
		return loc
	}
	fmt.Println(loc(1) != nil, loc(0) == nil)

	sum := 0
	for t := countdown(4); t != nil; {
		var v int
		t, v = t()
		sum += v
	}
	fmt.Println("sum", sum)
}
