//go:build ignore

package main

import "fmt"

type Handler func(int) int

type Config struct {
	Err error
	Fn  Handler
	S   fmt.Stringer
}

func main() {
	fmt.Printf("%#v\n", Config{})
	var e error
	fmt.Printf("%#v\n", []error{e})
}
