//go:build ignore

// errors.Is compares with a target without calling its Error method (the
// kernel called it to learn whether the value is an error).
package main

import (
	"errors"
	"fmt"
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string {
	fmt.Println("  (Error called)")
	return e.Op + ": " + e.Err.Error()
}

func (e *OpError) Is(target error) bool {
	t, ok := target.(*OpError)
	return ok && t.Op == e.Op
}

var ErrLimit = errors.New("limit")

func main() {
	var err error
	fmt.Println(errors.Is(err, &OpError{Op: "withdraw"}))
	fmt.Println(errors.Is(errors.New("x"), &OpError{Op: "withdraw"}))
	err = fmt.Errorf("wrapped: %w", &OpError{Op: "withdraw", Err: ErrLimit})
	fmt.Println(errors.Is(err, &OpError{Op: "withdraw"}))
	fmt.Println(errors.Is(err, &OpError{Op: "deposit"}))
	fmt.Println(errors.Is(err, ErrLimit))
}
