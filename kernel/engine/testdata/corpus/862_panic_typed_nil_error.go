//go:build ignore

// panic with a nil pointer of an error type panics with that typed nil,
// not with a *runtime.PanicNilError; a non-nil one is recovered as an
// error.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil myerr"
	}
	return "myerr " + e.msg
}

func try(e *MyErr) {
	defer func() {
		r := recover()
		_, ok := r.(error)
		me, isMine := r.(*MyErr)
		fmt.Printf("%T %v %v %v\n", r, ok, isMine, me == nil)
		if !isMine || me == nil {
			return
		}
		var target *MyErr
		fmt.Println(errors.As(r.(error), &target), target.msg)
	}()
	if e == nil || e.msg != "" {
		panic(e)
	}
}

func main() {
	try(nil)
	try(&MyErr{"x"})
}
