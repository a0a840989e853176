//go:build ignore

package main

import (
	"fmt"
	"math/bits"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	b := []byte("---")
	if p&Read != 0 {
		b[0] = 'r'
	}
	if p&Write != 0 {
		b[1] = 'w'
	}
	if p&Exec != 0 {
		b[2] = 'x'
	}
	return string(b)
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b, ^a&0xF)
	fmt.Println(1<<10, 1024>>3, -16>>2, uint8(1)<<7)
	var u uint32 = 0xF0F0
	fmt.Println(bits.OnesCount32(u), bits.LeadingZeros32(u), bits.TrailingZeros32(u), bits.Len32(u))
	fmt.Printf("%032b\n", bits.Reverse32(1))
	fmt.Printf("%#x\n", bits.RotateLeft32(0x12345678, 8))
	fmt.Printf("%#x\n", bits.ReverseBytes32(0x12345678))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0))
	p ^= Exec
	fmt.Println(p, p&Read == Read)
	isPow2 := func(n uint) bool { return n != 0 && n&(n-1) == 0 }
	fmt.Println(isPow2(64), isPow2(65), isPow2(0))
	var set uint64
	for _, v := range []int{1, 5, 63} {
		set |= 1 << v
	}
	fmt.Println(set, bits.OnesCount64(set), set>>63)
	x := int8(-128)
	fmt.Println(x>>1, uint8(x)>>1, -x)
	n := 0
	for v := uint(255); v > 0; v >>= 1 {
		n++
	}
	fmt.Println(n, bits.UintSize)
	var shift uint = 70
	fmt.Println(1<<shift == 0, uint64(1)<<(shift-64))
}
