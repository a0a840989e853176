//go:build ignore

package main

import "fmt"

type T struct{ fn func() int }

var t = T{func() int { return 7 }}

var g = func() int { return 8 }

func a() (int, bool)             { f := func() int { return 9 }; return f(), true }
func b() (int, bool)             { return g(), true }
func c(h func() int) (int, bool) { return h(), true }
func d() (int, error)            { f := t.fn; return f(), nil }
func e() (bool, int)             { return true, t.fn() }

func main() {
	fmt.Println(a())
	fmt.Println(b())
	fmt.Println(c(g))
	fmt.Println(d())
	fmt.Println(e())
}
