//go:build ignore

// Ranging over declared iterator functions (plain, generic, two-valued),
// and Go's panic when an iterator calls yield after it returned false.
package main

import (
	"fmt"
	"iter"
)

func countdown(yield func(int) bool) {
	for i := 3; i > 0; i-- {
		if !yield(i) {
			return
		}
	}
}

func repeat[T any](v T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for {
			if !yield(v) {
				return
			}
		}
	}
}

func zeros[T any](yield func(T) bool) {
	var z T
	for range 2 {
		if !yield(z) {
			return
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func stubborn(yield func(int) bool) {
	for i := range 3 {
		yield(i) // ignores false
	}
}

func find(target string) int {
	for k, v := range pairs {
		if k == target {
			return v
		}
	}
	return -1
}

func main() {
	for v := range countdown {
		fmt.Print(v, " ")
	}
	fmt.Println()
	n := 0
	for s := range repeat("go") {
		fmt.Print(s, " ")
		if n++; n == 3 {
			break
		}
	}
	fmt.Println()
	for z := range zeros[string] {
		fmt.Printf("%q ", z)
	}
	fmt.Println(find("b"), find("z"))
	var next iter.Seq[int] = countdown
	for v := range next {
		fmt.Print(v)
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range stubborn {
			fmt.Println("body", v)
			if v == 1 {
				break
			}
		}
		fmt.Println("not reached")
	}()
}
