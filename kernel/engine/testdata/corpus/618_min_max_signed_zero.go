//go:build ignore

// Built-in min and max with negative zero, NaN and infinities.
package main

import (
	"fmt"
	"math"
)

func main() {
	negz := math.Copysign(0, -1)
	pz := 0.0
	fmt.Println(math.Signbit(min(pz, negz)), math.Signbit(min(negz, pz)))
	fmt.Println(math.Signbit(max(pz, negz)), math.Signbit(max(negz, pz)))
	fmt.Println(math.Signbit(min(pz, pz, negz, pz)), math.Signbit(max(negz, negz)))
	var f32 float32 = float32(negz)
	fmt.Println(math.Signbit(float64(min(float32(0), f32))), min(1.5, 2, -3), max(3, 7, 1), min("b", "a"))
	fmt.Println(min(math.NaN(), 1), max(1, math.NaN()), min(math.Inf(-1), 0))
}
