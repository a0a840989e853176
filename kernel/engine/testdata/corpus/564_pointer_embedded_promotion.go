//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Namer interface{ Name() string }

type Base struct{ name string }

func (b *Base) Name() string    { return b.name }
func (b *Base) Rename(n string) { b.name = n }
func (b Base) Hello() string    { return "hi " + b.name }

type Cat struct{ *Base }

type BaseError struct{ Op string }

func (e *BaseError) Error() string { return e.Op + " failed" }

type PermissionError struct {
	*BaseError
	User string
}

type Shape interface{ Area() int }

func main() {
	var a Namer = Cat{&Base{"Tom"}}
	c, ok := a.(Cat)
	fmt.Println(c.Name(), ok, c.Hello())
	c.Rename("Jerry")
	fmt.Println(a.Name())
	switch v := a.(type) {
	case Cat:
		fmt.Println("cat", v.Name())
	}
	var err error = PermissionError{&BaseError{"delete"}, "eve"}
	pe, ok := err.(PermissionError)
	fmt.Printf("%v %T %v %q\n", err, err, ok, pe.User)
	var pe2 PermissionError
	fmt.Println(errors.As(fmt.Errorf("w: %w", err), &pe2), pe2.User)
	var s Shape
	switch s {
	case nil:
		fmt.Println("nil shape")
	default:
		fmt.Println("not nil")
	}
}
