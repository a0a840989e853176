//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type B uint8

type myErr struct{ msg string }

func (e myErr) Error() string { return e.msg }
func (e myErr) Timeout() bool { return true }

type Temporary interface{ Temporary() bool }

type tmpErr struct{}

func (tmpErr) Error() string   { return "tmp" }
func (tmpErr) Temporary() bool { return true }

func main() {
	fmt.Printf("%s %x %v %q\n", []B{65, 66}, []B{1, 255}, []B{1, 2}, []B{67})
	var err error = myErr{"m"}
	te, ok := err.(interface{ Timeout() bool })
	fmt.Println(ok, te != nil && te.Timeout())
	var e2 error = tmpErr{}
	if t, ok := e2.(Temporary); ok {
		fmt.Println("temporary", t.Temporary())
	}
	switch v := e2.(type) {
	case Temporary:
		fmt.Println("switch temporary", v.Temporary())
	default:
		fmt.Println("default")
	}
	var t Temporary
	fmt.Println(errors.As(fmt.Errorf("w: %w", e2), &t))
	arr := [3]int{1, 2, 3}
	pa := &arr
	for i, v := range pa {
		pa[i] = v * 10
	}
	fmt.Println(arr)
}
