//go:build ignore

// A recovering helper declared after the functions that defer it, in
// functions with named results and other deferred calls.
package main

import "fmt"

func a() (r int) {
	defer func() { r = 1 }()
	defer rec()
	panic("A")
}

func b() (n int, err error) {
	defer func() { fmt.Println("cleanup b") }()
	defer catch(&err)
	panic("B")
}

func c() (s string) {
	defer func() { s += "!" }()
	defer rec()
	s = "c"
	panic(fmt.Errorf("C%d", 3))
}

func main() {
	fmt.Println(a())
	fmt.Println(b())
	fmt.Println(c())
}

func rec() { fmt.Println("recovered:", recover()) }

func catch(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("caught: %v", r)
	}
}
