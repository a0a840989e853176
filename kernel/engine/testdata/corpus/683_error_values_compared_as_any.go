//go:build ignore

// Values of program types that went through error or fmt.Stringer
// variables into any compare equal to the same values (==, switch).
package main

import "fmt"

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type NF struct{ K string }

func (n NF) Error() string { return "nf " + n.K }

type Color string

func (c Color) String() string { return "color " + string(c) }

func asAny(e error) any { return e }

func main() {
	var e error = Code(3)
	var v any = e
	fmt.Println(v == Code(3), v == any(Code(3)), e == Code(3), asAny(e) == Code(3))
	switch v {
	case Code(3):
		fmt.Println("matched")
	default:
		fmt.Println("no match")
	}
	var n error = NF{"x"}
	var w any = n
	fmt.Println(w == NF{"x"}, w == NF{"y"})
	var st fmt.Stringer = Color("red")
	var c any = st
	fmt.Println(c == Color("red"), c == Color("blue"))
	switch c {
	case Color("red"):
		fmt.Println("red")
	}
}
