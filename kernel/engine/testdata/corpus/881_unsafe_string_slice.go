//go:build ignore

// unsafe.String, StringData, Slice and SliceData (Go 1.17, 1.20): zero-copy
// views of strings and slices, with lengths of any integer type.
package main

import (
	"fmt"
	"unsafe"
)

type P struct{ X, Y int32 }

func main() {
	b := []byte("hello")
	n := uint(3)
	fmt.Println(unsafe.String(&b[0], n), unsafe.String(unsafe.StringData("abc"), 2))
	s := unsafe.Slice(&b[1], 3)
	fmt.Println(string(s), len(s), cap(s))
	ps := []P{{1, 2}, {3, 4}}
	q := unsafe.Slice(&ps[0], len(ps))
	q[1].X = 9
	fmt.Println(ps, *unsafe.SliceData(ps))
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(unsafe.Slice(&arr[0], 2))
	bs := unsafe.Slice(unsafe.StringData("xyz"), 3)
	fmt.Println(bs)
}
