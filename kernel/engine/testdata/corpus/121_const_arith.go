//go:build ignore

package main

import (
	"fmt"
	"math"
	"time"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
	Ratio = Huge / Big / Big
)

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

const timeout = 3 * time.Second
const third = 1.0 / 3
const typedF float32 = 1.0 / 3
const str = "con" + "cat"
const strLen = len(str)
const r = 'a' + 2
const b = 10 > 3 && str != ""

func main() {
	fmt.Println(Small, Ratio, Huge/Big == Big)
	fmt.Println(KiB, MiB, GiB)
	fmt.Println(ByteSize(1500), ByteSize(3*MB+MB/2), ByteSize(12), GB)
	fmt.Println(timeout, timeout/2, timeout.Seconds())
	fmt.Println(third, typedF, third*3 == 1)
	fmt.Println(str, strLen, string(rune(r)), b)
	fmt.Println(math.MaxUint64/2, uint64(math.MaxUint64))
	const c = 1e300 * 1e300 / 1e300
	fmt.Println(c)
	var f32 float32 = 1e38
	fmt.Println(f32 * 10)
	fmt.Println(5/2, 5.0/2, 5/2.0, 5%3, -5%3, 1<<3>>1)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -(-128))
	x := 10
	x <<= 2
	x |= 1
	x &^= 8
	x %= 7
	fmt.Println(x)
	fmt.Printf("%T %T %T %T\n", Small, third, r, b)
	fmt.Println(len([10]int{}), cap([3]string{}))
	const arrLen = len([4]int{})
	var arr [arrLen * 2]bool
	fmt.Println(len(arr))
	fmt.Println(complex(1, 2)*2, real(3+4i))
}
