//go:build ignore

package main

import "fmt"

type ValErr struct{ Field string }

func (e ValErr) Error() string { return "bad " + e.Field }

type Celsius float64
type P struct{ X int }
type Value interface{}

func F(x Celsius) Celsius { return x }

func main() {
	e2 := error(ValErr{"b"})
	fmt.Printf("%T %v\n", e2, e2)
	s := fmt.Stringer(nil)
	fmt.Println(s == nil)
	fmt.Printf("%T\n", F)
	fmt.Printf("%T\n", func(P) {})
	fmt.Printf("%T\n", struct{ C Celsius }{})
	fmt.Printf("%T\n", []Value{1})
	fmt.Printf("%T\n", map[string]P{})
	fmt.Printf("%T\n", struct {
		A int
		B string
	}{})
}
