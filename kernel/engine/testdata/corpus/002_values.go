//go:build ignore

package main

import "fmt"

func main() {
	fmt.Println("go" + "lang")
	fmt.Println("1+1 =", 1+1)
	fmt.Println("7.0/3.0 =", 7.0/3.0)
	fmt.Println("7/3 =", 7/3, "7%3 =", 7%3, "-7/3 =", -7/3, "-7%3 =", -7%3)
	fmt.Println(true && false)
	fmt.Println(true || false)
	fmt.Println(!true)
	var c complex128 = complex(1, 2)
	fmt.Println(c*c, real(c), imag(c))
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r, string(r), string(rune(b)))
	fmt.Println(0x1F, 0o17, 0b101, 1_000_000, 1e3, 'x')
}
