//go:build ignore

// Calling the result of a call of a named func type.
package main

import (
	"fmt"
	"strings"
)

type Op func(int) int

func (o Op) Then(next Op) Op { return func(x int) int { return next(o(x)) } }
func (o Op) Twice() Op       { return o.Then(o) }

type S struct{ n int }

func (s S) Handler() Op { return func(x int) int { return x + s.n } }

func pick(s S) Op { return s.Handler() }

type Middleware func(string) string

func Chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func upper() Middleware { return strings.ToUpper }

func main() {
	fmt.Println(pick(S{10})(1))
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice()(5), inc.Then(pick(S{100}))(1))
	fmt.Println(Chain(upper(), func(s string) string { return s + "!" })("hi"))
	fmt.Println(upper()("abc"))
}
