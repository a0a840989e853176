//go:build ignore

// Index and slice panics on a string constant or literal with a variable
// index have Go's text, with the index and the length.
package main

import "fmt"

const digits = "0123456789"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	i := 20
	try(func() { _ = digits[i] })
	try(func() { _ = "abc"[i] })
	try(func() { _ = digits[i:] })
	try(func() { _ = digits[2:i] })
	j := 3
	fmt.Println(string(digits[j]), digits[j:5], "xyz"[j-1:])
}
