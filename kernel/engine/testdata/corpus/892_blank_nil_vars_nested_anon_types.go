//go:build ignore

// Blank package variables of interface types set to nil (compile-time
// checks), nested anonymous struct types with unexported fields in %T
// and %#v, and the uncomparable-type panic naming a type declared in a
// function.
package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

var _ error = nil
var _ io.Writer = nil
var _ Shape = Sq{}
var _ Shape = (*Sq)(nil)

func main() {
	var u struct{ In struct{ b int } }
	fmt.Printf("%T\n", any(u))
	fmt.Printf("%#v\n", any(u))
	fmt.Printf("%T\n", any(struct{ P *struct{ q int } }{}))
	fmt.Printf("%T\n", any(struct{ p []struct{ q int } }{}))
	type Row struct {
		id   int
		tags []string
	}
	defer func() { fmt.Println(recover()) }()
	var a, b any = Row{}, Row{}
	fmt.Println(a == b)
}
