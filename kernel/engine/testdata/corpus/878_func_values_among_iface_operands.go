//go:build ignore

// Functions named as values among several operands going into
// interfaces: a var declaration of two interfaces, a parallel assignment
// (also to map elements), and a return of two results.
package main

import "fmt"

func g() int { return 1 }

func h(s string) string { return s + "!" }

func pair() (any, any) { return 2, g }

func main() {
	var u, v any = 1, g
	fmt.Println(u, v.(func() int)())
	var a, b any
	a, b = h, g
	fmt.Println(a.(func(string) string)("hi"), b.(func() int)())
	m := map[string]any{}
	m["f"], m["g"] = h, g
	fmt.Println(m["f"].(func(string) string)("m"), m["g"].(func() int)())
	x, y := pair()
	fmt.Println(x, y.(func() int)())
	fs := []any{g, h}
	fmt.Printf("%T %T\n", fs[0], fs[1])
}
