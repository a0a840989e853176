//go:build ignore

// An index out of range in a statement a goto jumps to (a label on it)
// panics with Go's text, on every pass.
package main

import "fmt"

func f() (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	s := []int{1, 2}
	i := 0
top:
	s[i] = 1
	i++
	goto top
}

func g() (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	s := []int{1, 2}
	i := 3
	goto L
L:
	s[i] = 1
	return "unreached"
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}
