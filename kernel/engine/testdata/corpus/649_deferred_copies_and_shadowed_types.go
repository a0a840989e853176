//go:build ignore

// Deferred prints of values of a type with methods see them as they were
// at the defer; a variable named like its struct type passed where an any
// goes.
package main

import "fmt"

type R struct{ ID int }

func (r R) Show() {}

type T struct{ N string }

func show(x any) { fmt.Println(x) }

func main() {
	r := R{1}
	defer fmt.Println(r)
	defer fmt.Printf("%v %+v\n", r, r)
	p := &r
	defer fmt.Println("deref", *p)
	r.ID = 99
	T := T{"p"}
	show(T)
	func(x any) { fmt.Println("lit", x) }(T)
}
