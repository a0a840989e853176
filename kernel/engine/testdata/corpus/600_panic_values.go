//go:build ignore

// What recover gets from panics with values of named non-struct types, nil
// interface values and errors, as Go gives it.
package main

import (
	"errors"
	"fmt"
)

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("errcode %d", int(e)) }

type Code int

type Name string

func (n Name) String() string { return "name:" + string(n) }

func try(f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		_, isStr := r.(fmt.Stringer)
		fmt.Printf("%v %T %v %v\n", r, r, isErr, isStr)
	}()
	f()
}

func main() {
	try(func() { panic(ErrCode(4)) })
	try(func() { panic(Code(3)) })
	try(func() { panic(Name("x")) })
	try(func() { var err error; panic(err) })
	try(func() { var a any; panic(a) })
	try(func() { panic(errors.New("e")) })
	try(func() { panic("s") })
	try(func() {
		defer func() {
			r := recover()
			var ec ErrCode
			fmt.Println(errors.As(r.(error), &ec), ec)
		}()
		panic(ErrCode(9))
	})
}
