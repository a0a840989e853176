//go:build ignore

// The order gc gives a return statement's reads converted to interface
// results (early for maps, booleans, funcs, pointers and structs).
package main

import "fmt"

type N int

func (n N) String() string { return fmt.Sprint("N", int(n)) }

func pm() (any, int) {
	x := map[int]int{1: 1}
	return x, func() int { x = map[int]int{2: 2}; return 0 }()
}
func pc() (any, int) {
	x := make(chan int, 1)
	y := x
	return x == y, func() int { x = make(chan int); return 0 }()
}
func pa() (any, int) {
	x := [2]int{1, 1}
	return x, func() int { x[0] = 2; return 0 }()
}
func pb() (any, int) {
	x := true
	return x, func() int { x = false; return 0 }()
}
func pfl() (any, int) {
	x := 1.5
	return x, func() int { x = 2.5; return 0 }()
}
func pn() (fmt.Stringer, int) {
	x := N(1)
	return x, func() int { x = 2; return 0 }()
}
func pfn() (any, int) {
	x := func() int { return 1 }
	return x, func() int { x = func() int { return 2 }; return 0 }()
}
func pe() (error, int) {
	var err error = fmt.Errorf("a")
	return err, func() int { err = fmt.Errorf("b"); return 0 }()
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
