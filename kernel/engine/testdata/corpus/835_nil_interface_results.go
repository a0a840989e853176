//go:build ignore

// A nil value of the program's interface type returned by a call and used
// at once: passed as an argument (also in a generic function), compared
// with == and !=.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Tree struct {
	left, right *Tree
	v           int
}

func find(ok bool) Shape {
	if ok {
		return Sq(2)
	}
	return nil
}

func isNil(s Shape) bool { return s == nil }

func describe(s Shape) string {
	if s == nil {
		return "none"
	}
	return fmt.Sprint("area ", s.Area())
}

func Pass[B any](f func() B, g func(B) bool) bool { return g(f()) }

func main() {
	fmt.Println(isNil(find(false)), isNil(find(true)))
	fmt.Println(describe(find(false)), describe(find(true)))
	var s Shape
	fmt.Println(find(false) == s, s == find(false), find(true) != s, find(false) == find(false))
	fmt.Println(Pass(func() Shape { return find(false) }, isNil))
	shapes := []Shape{find(true), find(false)}
	fmt.Println(len(shapes), shapes[1] == nil)
}
