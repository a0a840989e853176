//go:build ignore

// A negative shift count of a signed type panics, in an expression and in
// x <<= s and x >>= s; unsigned and constant counts shift as before.
package main

import "fmt"

func shift(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	s := -1
	shift("1 << s", func() int { return 1 << s })
	shift("x >>= s", func() int { x := 8; x >>= s; return x })
	shift("x <<= s", func() int { x := 8; x <<= s; return x })
	var n int8 = -3
	shift("int8 count", func() int { return 5 >> n })
	u := uint(2)
	shift("unsigned count", func() int { return 1 << u })
	k := 3
	shift("positive count", func() int { return 1 << k })
	shift("big count", func() int { return 1 << (k * 30) })
}
