//go:build ignore

// %#v of named byte slices and arrays, alone, in structs and in any.
package main

import "fmt"

type B []byte
type H [4]byte

type S struct {
	K H
	D B
}

func main() {
	fmt.Printf("%#v %#v %#v\n", B{1, 2}, H{1}, S{H{9}, B{3}})
	var a any = H{2}
	fmt.Printf("%#v %v %s %x\n", a, a, B("hi"), H{0xab})
	fmt.Printf("%#v\n", []H{{1}})
}
