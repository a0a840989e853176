//go:build ignore

// A range with at most one variable over an array, or a pointer to one,
// does not evaluate its expression: a nil pointer is not dereferenced.
package main

import "fmt"

type Grid [3][2]int

type Board struct{ cells [2]int }

func main() {
	var p *[3]int
	for i := range *p {
		fmt.Println(i)
	}
	for i, _ := range p {
		fmt.Println("b", i)
	}
	var g *Grid
	for r := range g {
		for c := range g[r] {
			fmt.Println(r, c)
		}
	}
	a := [2]string{"x", "y"}
	for i := range a {
		a[i] += "!"
	}
	fmt.Println(a)
	n := 0
	for range [4]int{} {
		n++
	}
	fmt.Println(n)
	var b *Board
	for i := range b.cells {
		fmt.Println("cell", i)
	}
}
