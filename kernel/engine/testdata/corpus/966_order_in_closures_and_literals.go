//go:build ignore

// Evaluation order where the rewrites meet: parallel assignments in
// closures (a Fibonacci generator), map literals stored entry by entry,
// slices of call results, and a recovered panic value of a named string
// type with an Error method asserted back (Effective Go's errorf).

package main

import (
	"fmt"
	"sort"
	"strings"
)

func id(i int) int { return i }

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+id(b)
		return r
	}
}

var g = 1

func inc() int { g++; return g }

type Error string

func (e Error) Error() string { return string(e) }

func parse(s string) (n int, err error) {
	defer func() {
		if e := recover(); e != nil {
			n = 0
			err = e.(Error)
		}
	}()
	if strings.HasPrefix(s, "!") {
		panic(Error("bad input " + s))
	}
	return len(s), nil
}

func keys(m map[string]int) []string {
	var ks []string
	for k, v := range m {
		ks = append(ks, fmt.Sprint(k, "=", v))
	}
	sort.Strings(ks)
	return ks
}

func main() {
	f := fib()
	for i := 0; i < 8; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	z := map[string]int{"x": g, "y": inc()}
	fmt.Println(keys(z))
	z2 := map[int]int{g: 0, inc(): 1}
	fmt.Println(len(z2), z2)
	m := map[int]int{g: inc()}
	fmt.Println(m)

	for _, s := range []string{"ok", "!no"} {
		n, err := parse(s)
		fmt.Println(n, err)
		if e, ok := err.(Error); ok {
			fmt.Println("as Error:", string(e))
		}
	}
	defer func() {
		r := recover()
		switch v := r.(type) {
		case Error:
			fmt.Println("Error", v)
		default:
			fmt.Println("other", v)
		}
	}()
	panic(Error("end"))
}
