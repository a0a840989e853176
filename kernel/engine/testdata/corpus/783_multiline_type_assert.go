//go:build ignore

// Assertions to interface and struct literals written over several lines
// (gofmt's layout) in if and for headers, returns and results.
package main

import (
	"errors"
	"fmt"
)

type T struct{}

func (T) Code() int { return 7 }

func (T) Error() string { return "t" }

func code(x any) int {
	if c, ok := x.(interface {
		Code() int
	}); ok {
		return c.Code()
	}
	return -1
}

func must(x any) interface {
	Code() int
} {
	return x.(interface {
		Code() int
	})
}

func main() {
	var x any = T{}
	fmt.Println(code(x), code(3), must(x).Code())
	if c, ok := x.(interface {
		error
		Code() int
	}); ok {
		fmt.Println(c.Error(), c.Code())
	}
	for c, ok := x.(interface {
		Code() int
	}); ok; ok = false {
		fmt.Println("loop", c.Code())
	}
	var err error = T{}
	if ce, ok := err.(interface {
		Code() int
	}); ok && errors.Is(err, err) {
		fmt.Println("error with code", ce.Code())
	}
	if p, ok := x.(struct {
		A int
	}); !ok {
		fmt.Println("not a struct", p.A)
	}
}
