//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Namer interface{ Name() string }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }
func (s Sq) Name() string  { return "sq" }

type Code int

func (c Code) Error() string { return "code" }

func f() Shape   { return nil }
func e() error   { return nil }
func show(x any) { fmt.Println("show", x) }

func main() {
	_, ok := f().(Namer)
	_, ok2 := f().(Sq)
	fmt.Println(ok, ok2)
	switch f().(type) {
	case Sq:
		fmt.Println("sq")
	case nil:
		fmt.Println("nil")
	}
	_, ok3 := e().(Code)
	var c Code
	fmt.Println(ok3, errors.As(e(), &c), errors.Is(e(), Code(1)))
	show(f())
	xs := []any{f(), e()}
	fmt.Println(xs, f() == nil)
}
