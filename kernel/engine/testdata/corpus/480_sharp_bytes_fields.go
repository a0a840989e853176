//go:build ignore

package main

import "fmt"

type plain struct {
	C []byte
	D [2]byte
	R []rune
}

func main() {
	fmt.Printf("%#v\n", plain{[]byte("hi"), [2]byte{1, 2}, []rune("a")})
	fmt.Printf("%#v\n", []byte("x"))
}
