//go:build ignore

// Switches on an any (and on recover()'s value) with cases of error
// variables such as io.EOF.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrX = errors.New("x")

func classify(err error) string {
	switch err {
	case nil:
		return "nil"
	case io.EOF:
		return "eof"
	case ErrX:
		return "x"
	}
	return "other"
}

func main() {
	var x any = io.EOF
	fmt.Println(x == io.EOF)
	switch x {
	case io.EOF:
		fmt.Println("eof")
	}
	func() {
		defer func() {
			switch r := recover(); r {
			case io.EOF:
				fmt.Println("recovered eof")
			case nil:
			default:
				fmt.Println("other", r)
			}
		}()
		panic(io.EOF)
	}()
	fmt.Println(classify(nil), classify(io.EOF), classify(ErrX), classify(os.ErrNotExist))
	var y any = 3
	switch y {
	case io.EOF, 3:
		fmt.Println("three")
	}
}
