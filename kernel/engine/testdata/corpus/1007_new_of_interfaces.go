//go:build ignore

// new of an interface type points to a nil interface value, whether the
// interface is the program's own, generic, local or from the library,
// also as a generic function's type argument.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }

type Getter[T any] interface{ Get() T }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Num int

func (n Num) Get() int { return int(n) }

func slot() *Shape { return new(Shape) }

func mk[T any]() *T { return new(T) }

func zero[T any]() T { return *new(T) }

func isZero[T comparable](v T) bool { return v == *new(T) }

func main() {
	p := new(Shape)
	fmt.Println(*p == nil, p != nil)
	*p = Sq{2}
	fmt.Println((*p).Area())

	ps := []*Shape{new(Shape), slot()}
	fmt.Println(*ps[0] == nil, *ps[1] == nil)
	fmt.Printf("%v %v\n", *ps[0], *ps[1])

	g := new(Getter[int])
	fmt.Println(*g == nil)
	*g = Num(7)
	fmt.Println((*g).Get())

	type Local interface{ M() }
	fmt.Println(*new(Local) == nil)

	fmt.Println(*mk[Shape]() == nil, *mk[int](), zero[Shape]() == nil, zero[error]() == nil)
	var s Shape
	fmt.Println(isZero(s))

	w := new(io.Writer)
	fmt.Println(*w == nil)
	var sb strings.Builder
	*w = &sb
	fmt.Fprint(*w, "written")
	fmt.Println(sb.String())
}
