//go:build ignore

// Integer overflow wraps; unsigned arithmetic; conversions truncate;
// shifts beyond the width; division and modulo of negatives.
package main

import (
	"fmt"
	"math"
)

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u8b uint8 = 200
	u8b += 100
	fmt.Println(u8b)

	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var i64 int64 = math.MinInt64
	fmt.Println(-i64, i64-1)

	var u uint = 3
	var v uint = 5
	fmt.Println(u-v > 1000, u-v == math.MaxUint)

	big := 300
	fmt.Println(int8(big), uint8(big), int16(big*250), uint16(big*250))
	neg := -1
	fmt.Println(uint8(neg), uint32(neg), uint64(neg))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18))

	var x uint32 = 1
	for _, s := range []uint{0, 1, 31, 32, 33} {
		fmt.Print(x<<s, " ")
	}
	fmt.Println()
	var y int8 = -128
	sh := uint(10)
	fmt.Println(y>>1, y>>7, y>>sh, uint8(y)>>1)

	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1)
	fmt.Println(hash("hello"), hash(""), hash("gopher"))

	a, b := uint16(0xFFFF), uint16(2)
	fmt.Println(a*b, a+b, a/b, ^a, a&^0xFF)
	var m int = math.MaxInt
	m++
	fmt.Println(m == math.MinInt)

	acc := uint64(1)
	for i := 1; i <= 25; i++ {
		acc *= uint64(i)
	}
	fmt.Println(acc)
	var z int16 = -32768
	fmt.Println(z/-1, z*-1)
}
