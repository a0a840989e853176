//go:build ignore

// errors.As calls an error's own As method for a target of the program's
// interface type, also through %w.
package main

import (
	"errors"
	"fmt"
)

type Coder interface{ Code() int }

type codeErr struct{ c int }

func (e codeErr) Error() string { return "code" }
func (e codeErr) Code() int     { return e.c }

type W struct{}

func (W) Error() string { return "w" }
func (W) As(target any) bool {
	if p, ok := target.(*Coder); ok {
		*p = codeErr{42}
		return true
	}
	return false
}

func main() {
	var c Coder
	fmt.Println(errors.As(W{}, &c), c.Code())
	var err error = fmt.Errorf("x: %w", W{})
	var c2 Coder
	fmt.Println(errors.As(err, &c2), c2 != nil)
}
