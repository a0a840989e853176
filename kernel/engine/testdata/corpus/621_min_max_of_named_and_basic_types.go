//go:build ignore

// min and max of two and three operands of basic types, of named types
// (time.Duration, a Score int), of bytes and runes, and in a DP loop.
package main

import (
	"fmt"
	"math"
	"time"
)

type Score int
type Name string

func main() {
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"), max(Score(3), Score(7)), min(Name("x"), "w"))
	var b byte = 'a'
	var r rune = 'z'
	fmt.Println(min(b, 'b'), max(r, 'a'), min(int8(-3), 4), max(uint64(1)<<60, 5))
	fmt.Println(min(math.NaN(), 1), math.Signbit(min(0.0, math.Copysign(0, -1))))
	d := max(time.Second, 2*time.Second)
	fmt.Println(d, min(time.Minute, d, time.Hour))
	dp := make([]int, 10)
	for i := 1; i < 10; i++ {
		dp[i] = max(dp[i-1]+i, min(i*i, 50))
	}
	fmt.Println(dp, max(1, 2, 3, 4), min(1.0, 2, 3, 0.5))
	s := []float32{1.5, -2}
	fmt.Println(min(s[0], s[1]), max(s[0], 0))
}
