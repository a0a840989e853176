//go:build ignore

// An error whose text starts with a number and a colon ("404: not found"),
// panicked as an error and recovered, keeps its text and its type.
package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d: %s", e.Code, e.Msg) }

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func try(f func()) {
	defer func() {
		r := recover()
		var he *HTTPError
		err, _ := r.(error)
		fmt.Printf("%v | %T | %v\n", r, r, errors.As(err, &he))
	}()
	f()
}

func main() {
	try(func() { must(&HTTPError{404, "not found"}) })
	try(func() { must(errors.New("42: answer")) })
	try(func() { must(fmt.Errorf("%d:%d: position-like", 3, 4)) })
	try(func() { panic("7: a string") })
}
