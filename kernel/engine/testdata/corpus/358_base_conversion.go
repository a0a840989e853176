//go:build ignore

package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

func toBase(n uint64, base int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append(b, digits[n%uint64(base)])
		n /= uint64(base)
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

type IPv4 uint32

func ParseIPv4(s string) (IPv4, error) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return 0, fmt.Errorf("bad address %q", s)
	}
	var ip IPv4
	for _, p := range parts {
		n, err := strconv.ParseUint(p, 10, 8)
		if err != nil {
			return 0, fmt.Errorf("bad address %q: %w", s, err)
		}
		ip = ip<<8 | IPv4(n)
	}
	return ip, nil
}

func (ip IPv4) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", byte(ip>>24), byte(ip>>16), byte(ip>>8), byte(ip))
}

func main() {
	for _, n := range []uint64{0, 7, 255, 1000, 1 << 40, math.MaxUint64} {
		fmt.Printf("%d: b2=%s b16=%s b36=%s fmt=%s\n", n, toBase(n, 2), toBase(n, 16), toBase(n, 36), strconv.FormatUint(n, 36))
	}
	for _, s := range []string{"ff", "0x1F", "0b1010", "0o17", "777", "z", "-80"} {
		v, err := strconv.ParseInt(s, 0, 16)
		fmt.Println(s, v, err)
	}
	ip, err := ParseIPv4("192.168.1.20")
	fmt.Println(ip, uint32(ip), err)
	mask := IPv4(0xFFFFFF00)
	fmt.Println("network:", ip&mask, "mask:", mask, "ones:", bits.OnesCount32(uint32(mask)))
	_, err = ParseIPv4("10.0.300.1")
	fmt.Println(err)

	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, uint32(ip))
	binary.LittleEndian.PutUint16(buf[4:], 0xBEEF)
	fmt.Printf("% x %d\n", buf, binary.BigEndian.Uint16(buf[4:]))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)

	x := uint16(0b1011_0000_0000_0001)
	fmt.Println(bits.LeadingZeros16(x), bits.TrailingZeros16(x), bits.Reverse16(x), bits.RotateLeft16(x, 4), bits.Len16(x))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	fmt.Println(math.Float64bits(1.5), math.Float32frombits(0x40490fdb), strconv.FormatFloat(0.1, 'b', -1, 64))
	fmt.Printf("%08b %o %O %#x %#v\n", 37, 64, 64, 255, IPv4(1))
}
