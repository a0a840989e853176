//go:build ignore

package main

import "fmt"

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Label string

func main() {
	b := Box[Label]{"x"}
	var a any = b
	fmt.Printf("%T\n%T\n", b, a)
	fmt.Println(fmt.Sprintf("%T", []any{b}[0]))
	p := Pair[Label, []Label]{"k", nil}
	var pa any = p
	fmt.Printf("%T %T %T\n", p, pa, Pair[string, int]{})
	fmt.Printf("%T\n", any(Box[Box[int]]{}))
}
