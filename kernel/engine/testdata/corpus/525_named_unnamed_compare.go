//go:build ignore

package main

import "fmt"

type P struct{ X, Y int }
type A [2]int

func main() {
	p := P{1, 2}
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == p, p == anon, p != struct{ X, Y int }{3, 4})
	a := A{1, 2}
	fmt.Println(a == [2]int{1, 2}, [2]int{1, 3} != a)
}
