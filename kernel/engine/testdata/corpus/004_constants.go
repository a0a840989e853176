//go:build ignore

package main

import (
	"fmt"
	"math"
)

const s string = "constant"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota + 100
	g, h
)

type Mode uint8

const (
	Read Mode = 1 << iota
	Write
	Exec
)

func main() {
	fmt.Println(s)
	const n = 500000000
	const big = 3e20 / n
	fmt.Println(big)
	fmt.Println(int64(big))
	fmt.Println(math.Sin(n))
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Printf("%T %v\n", Tuesday, Tuesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, d, e, f, g, h)
	fmt.Println(Read, Write, Exec, Read|Exec)
	fmt.Printf("%T %03b\n", Write|Exec, Write|Exec)

	const huge = 1 << 100
	fmt.Println(huge >> 98)
	const pi = 3.14159265358979323846264338327950288419716939937510582097494459
	var f32 float32 = pi
	fmt.Println(f32, float64(pi))
	const typed int8 = 100
	fmt.Printf("%T %v\n", typed, typed)
	var u uint = 7
	fmt.Printf("%T %v\n", u*2, u*2)
	fmt.Println(1/2, 1.0/2, 1/2.0)
	const c = 'a' + 1
	fmt.Printf("%T %v %c\n", c, c, c)
}
