//go:build ignore

// A struct of one interface field holding a value of a program type
// (Wrap{Err: E{...}}, S{in: num(2)}) held in error or fmt.Stringer keeps
// its own type: %T, assertions, type switches and errors.As see it.
package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type Wrap struct{ Err error }

func (w Wrap) Error() string { return "wrap: " + w.Err.Error() }

type PW struct{ Err error }

func (w PW) Error() string { return "pw: " + w.Err.Error() }

type S struct{ in fmt.Stringer }

func (s S) String() string { return "S(" + s.in.String() + ")" }

func (e E) String() string { return "E:" + e.msg }

func get() error { return Wrap{E{"inner"}} }

func main() {
	err := get()
	_, ok := err.(Wrap)
	var w Wrap
	fmt.Printf("%T %v %v %v\n", err, ok, errors.As(err, &w), err)
	var e E
	fmt.Println(errors.As(err, &e), e.msg)
	var p error = PW{&E{"ptr"}}
	switch v := p.(type) {
	case PW:
		fmt.Println("PW", v.Err)
	case *E:
		fmt.Println("*E", v.msg)
	default:
		fmt.Println("neither")
	}
	var s fmt.Stringer = S{E{"x"}}
	fmt.Printf("%T %v\n", s, s)
}
