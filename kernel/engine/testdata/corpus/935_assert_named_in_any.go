//go:build ignore

// A failed assertion of a named non-struct value held in any to the
// program's interface names the type and the missing method.
package main

import (
	"container/list"
	"fmt"
)

type Shape interface {
	Area() float64
	Perim() float64
}

type Sq int

func (Sq) Area() float64 { return 1 }

type Word string

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	try(func() { var x any = Sq(3); _ = x.(Shape) })
	try(func() { var x any = Word("w"); _ = x.(Shape) })
	try(func() { l := list.New(); l.PushBack(Sq(2)); _ = l.Front().Value.(Shape) })
	var x any = Sq(3)
	_, ok := x.(Shape)
	fmt.Println(ok)
}
