//go:build ignore

// %T and %#v of pointers, slices, maps and channels of type aliases
// name the types they stand for.
package main

import "fmt"

type Point struct{ X int }
type P = Point

type Tree[T any] struct{ V T }
type IntTree = Tree[int]

type ID int
type I = ID

func main() {
	fmt.Printf("%T %T\n", P{}, []P{})
	fmt.Printf("%T\n", &P{})
	fmt.Printf("%#v\n", []P{{1}})
	type L = Point
	fmt.Printf("%T\n", map[string]L{})
	t := IntTree{3}
	fmt.Printf("%T %T %v\n", t, &t, []*IntTree{&t}[0].V)
	fmt.Printf("%T %v\n", []I{1}, map[I][]P{2: {{4}}})
	var ch chan<- P
	fmt.Printf("%T\n", ch)
}
