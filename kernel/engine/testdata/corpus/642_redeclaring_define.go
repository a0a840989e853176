//go:build ignore

// x, y := 2, 3 declaring x again keeps x's variable (pointers and
// closures made before see the new value).
package main

import "fmt"

type P struct{ n int }

func f() int { return 9 }

func main() {
	x := 1
	px := &x
	get := func() int { return x }
	x, y := 2, 3
	fmt.Println(*px, get(), x, y)
	d := P{1}
	pd := &d
	d, m := P{5}, 6
	fmt.Println(*pd, d, m)
	a := 1
	pa := &a
	a, b := f(), len("ab")
	fmt.Println(*pa, a, b)
	for i := 0; i < 2; i++ {
		s := "s"
		ps := &s
		s, t := "t", i
		fmt.Println(*ps, s, t)
	}
}
