//go:build ignore

// A deferred call of a builtin or of another package's function that
// panics is recovered by a recover deferred before it, after the deferred
// calls between them ran.
package main

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

func run() {
	defer func() { fmt.Println("recovered:", recover()) }()
	ch := make(chan int)
	close(ch)
	defer close(ch)
}

func run2(pat string) {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer fmt.Println("second")
	defer regexp.MustCompile(pat)
}

func run2c() {
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	defer fmt.Println("second")
	defer regexp.MustCompile("(")
}

func run3() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var m map[string]int
	defer maps.Copy(m, map[string]int{"a": 1})
	defer fmt.Println("before copy")
}

func run4() {
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	defer strings.Repeat("x", -1)
	defer slices.Insert([]int{1}, 5, 0)
}

func main() {
	run()
	run2("(")
	run2c()
	run3()
	run4()
	fmt.Println("end")
}
