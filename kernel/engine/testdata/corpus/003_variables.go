//go:build ignore

package main

import "fmt"

var global = "package level"

var (
	x, y int = 1, 2
	z        = x + y
)

func main() {
	var a = "initial"
	fmt.Println(a)

	var b, c int = 1, 2
	fmt.Println(b, c)

	var d = true
	fmt.Println(d)

	var e int
	var f string
	var g *int
	var h []int
	var m map[string]int
	fmt.Println(e, f == "", g == nil, h == nil, len(m))
	fmt.Printf("%q %v %v\n", f, h, m)

	fruit := "apple"
	fmt.Println(fruit)

	i, j := 10, "ten"
	i, k := 20, 3.5
	fmt.Println(i, j, k)

	fmt.Println(global, x, y, z)
	b, c = c, b
	fmt.Println("swapped:", b, c)
	_ = h
}
