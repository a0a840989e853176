//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type T struct {
	Op   string
	Code int
}

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func main() {
	fmt.Println(fmt.Errorf("x: %w", T{"dial", 504}))
	err := fmt.Errorf("y: %w", E{"boom"})
	var e E
	fmt.Println(err, errors.As(err, &e), e.msg)
	fmt.Printf("%w|%v\n", T{"a", 1}, 3)
}
