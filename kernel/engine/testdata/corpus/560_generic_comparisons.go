//go:build ignore

package main

import "fmt"

func IsZero[T ~int64 | ~uint8](b T) bool { return b == 0 }

func GCD[T ~int | ~int64](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func IsHash[T ~byte | ~rune](c T) bool { return c == '#' }

func Equal[T comparable](x, y T) any { return x == y }

func Five[T ~int](x T) any { return x == 5 }

func main() {
	fmt.Println(IsZero[int64](0), IsZero[uint8](0), IsZero[int64](3))
	fmt.Println(GCD(48, 18), GCD[int64](48, 18))
	fmt.Println(IsHash(byte('#')), IsHash('#'), IsHash(byte('x')))
	fmt.Println(Equal(1, 1), Equal("a", "b"), Five(5), Five(6))
	var r any = Equal(2.5, 2.5)
	m := map[string]any{"eq": Equal('a', 'b')}
	fmt.Println(r, m)
}
