//go:build ignore

// Slices of call results and of slice expressions out of range panic
// with Go's bounds text.
package main

import (
	"fmt"
	"strings"
)

func mk() []int             { return []int{1, 2, 3} }
func str() string           { return "hello" }
func gen(s string) []string { return strings.Split(s, ",") }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	i, j := 5, 1
	fmt.Println(mk()[1:], mk()[:2], str()[1:3], gen("a,b,c")[1:], mk()[:], len(str()[:]))
	try(func() { _ = mk()[:i] })
	try(func() { _ = str()[1:i] })
	try(func() { _ = gen("a")[i:] })
	try(func() { _ = mk()[2:j] })
	try(func() { _ = mk()[1:][i:] })
	s := []int{1, 2, 3, 4}
	try(func() { _ = s[1:][:i] })
	try(func() { k := -1; _ = mk()[k:] })
	fmt.Println(s[1:][1:2])
}
