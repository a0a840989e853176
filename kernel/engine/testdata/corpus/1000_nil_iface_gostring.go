//go:build ignore

// %#v of nil values of the program's interface types in fields, slices,
// arrays and maps names the interface, as Go does.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type H struct {
	Sh Shape
	E  error
	A  any
}

type Empty interface{}

func main() {
	fmt.Printf("%#v\n", H{})
	fmt.Printf("%#v\n", H{Sh: Sq{2}})
	fmt.Printf("%#v %#v\n", []Shape{nil, Sq{1}}, map[string]Shape{"a": nil})
	fmt.Printf("%#v %#v\n", [2]Shape{}, []Empty{nil})
	var s Shape
	fmt.Printf("%#v\n", s)
}
