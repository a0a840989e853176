//go:build ignore

// Assertions and type switches to interface literals that embed another
// package's interfaces, in function literals; a failed assertion to an
// interface literal panics with Go's spelling of the type.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type named struct{}

func (named) String() string { return "named" }
func (named) M()             {}

func main() {
	f := func(a any) {
		_, ok := a.(interface{ io.Reader })
		_, ok2 := a.(interface {
			fmt.Stringer
			M()
		})
		fmt.Println(ok, ok2)
		switch a.(type) {
		case interface{ io.Reader }:
			fmt.Println("reader")
		case interface{ fmt.Stringer }:
			fmt.Println("stringer")
		default:
			fmt.Println("other")
		}
	}
	f(strings.NewReader(""))
	f(named{})
	f(3)
	try := func(g func()) {
		defer func() { fmt.Println(recover()) }()
		g()
	}
	var err error = errors.New("x")
	try(func() { _ = err.(interface{ Timeout() bool }) })
	try(func() {
		_ = any(named{}).(interface {
			io.Reader
			fmt.Stringer
		})
	})
	try(func() { _ = any(3).(interface{ Close() error }) })
}
