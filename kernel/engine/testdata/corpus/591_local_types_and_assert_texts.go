//go:build ignore

// Types declared inside functions: one named after a package-level type,
// one declared from a struct type of the program; failed assertions name
// the program's struct types.
package main

import "fmt"

type Node struct{ Val int }

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type Rect struct{ W, H float64 }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func local() any {
	type Node struct{ Name string }
	return Node{"inner"}
}

func main() {
	type Node struct {
		Name string
		Next *Node
	}
	n := &Node{"a", &Node{"b", nil}}
	fmt.Printf("%s %s %T %+v\n", n.Name, n.Next.Name, *n, *n.Next)
	var a any = *n
	_, ok := a.(Node)
	fmt.Println(ok, local())

	type Other Point
	o := Other{1, 2}
	fmt.Printf("%v %T %d\n", o, o, Point(o).Sum())
	var x any = Rect{1, 2}
	try(func() { _ = x.(int) })
	try(func() { _ = x.(*Rect) })
	try(func() { _ = x.(Point) })
	var y any = &Rect{3, 4}
	try(func() { _ = y.(Rect) })
}
