//go:build ignore

package main

import "fmt"

type Shape interface{ Area() int }

type Named struct{ Name string }

func (n Named) String() string { return "<" + n.Name + ">" }

type Rect struct {
	Named
	W int
}

func (r Rect) Area() int { return r.W }

type Coded interface{ Code() int }

type baseErr struct{ msg string }

func (b baseErr) Error() string { return "base: " + b.msg }

type NotFound struct{ baseErr }

func (NotFound) Code() int { return 404 }

type PNamed struct{ *Named }

func (p PNamed) Area() int { return 1 }

func main() {
	var s Shape = Rect{Named{"rect"}, 2}
	fmt.Println(s)
	shapes := []Shape{Rect{Named{"r2"}, 2}, PNamed{&Named{"p"}}}
	fmt.Println(shapes[0], shapes)
	var c Coded = NotFound{baseErr{"x"}}
	fmt.Println(c)
	fmt.Printf("%v %s %T\n", c, c, c)
}
