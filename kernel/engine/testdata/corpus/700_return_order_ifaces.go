//go:build ignore

// The order gc gives a return statement's reads converted to interface
// results: after the (not inlined) calls, as for other results.
package main

import "fmt"

type N int

func (n N) String() string { return fmt.Sprint("N", int(n)) }

func pm() (any, int) {
	x := map[int]int{1: 1}
	return x, change(func() { x = map[int]int{2: 2} })
}
func pc() (any, int) {
	x := make(chan int, 1)
	y := x
	return x == y, change(func() { x = make(chan int) })
}
func pa() (any, int) {
	x := [2]int{1, 1}
	return x, change(func() { x[0] = 2 })
}
func pb() (any, int) {
	x := true
	return x, change(func() { x = false })
}
func pfl() (any, int) {
	x := 1.5
	return x, change(func() { x = 2.5 })
}
func pn() (fmt.Stringer, int) {
	x := N(1)
	return x, change(func() { x = 2 })
}
func pfn() (any, int) {
	x := func() int { return 1 }
	return x, change(func() { x = func() int { return 2 } })
}
func pe() (error, int) {
	var err error = fmt.Errorf("a")
	return err, change(func() { err = fmt.Errorf("b") })
}

// change runs f; gc does not inline it, so the order of a return
// statement's reads and calls is gc's rule, not an effect of inlining.
//
//go:noinline
func change(f func()) int {
	f()
	return 0
}

func main() {
	fmt.Println(pm())
	fmt.Println(pa())
	fmt.Println(pb())
	fmt.Println(pfl())
	fmt.Println(pn())
	a, _ := pfn()
	fmt.Println(a.(func() int)())
	fmt.Println(pe())
}
