//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Err[T any] struct{ v T }

func (e Err[T]) Error() string { return "err" }

func fail() error { return Err[int]{3} }

func main() {
	err := fail()
	fmt.Printf("%T %v\n", err, err)
	var e Err[int]
	fmt.Println(errors.As(err, &e), e.v)
	var p *Err[int]
	fmt.Println(errors.As(err, &p))
	_, ok := err.(Err[int])
	fmt.Println(ok)
}
