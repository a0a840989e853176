//go:build ignore

// unsafe.Add with lengths of other integer types than int.

package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a int8
	b int16
	c int64
}

func main() {
	a := [4]int16{1, 2, 3, 4}
	p := unsafe.Add(unsafe.Pointer(&a), uintptr(2))
	fmt.Println(*(*int16)(p))
	var n uint8 = 4
	fmt.Println(*(*int16)(unsafe.Add(unsafe.Pointer(&a), n)))
	x := S{1, 2, 3}
	pb := (*int16)(unsafe.Add(unsafe.Pointer(&x), unsafe.Offsetof(x.b)))
	fmt.Println(*pb, unsafe.Offsetof(x.c))
}
