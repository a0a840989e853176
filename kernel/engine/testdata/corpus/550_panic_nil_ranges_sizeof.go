//go:build ignore

package main

import (
	"fmt"
	"unsafe"
)

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(nil)
	}()
	var p *[3]int
	for i := range p {
		fmt.Println(i)
	}
	q := &[2]string{"a", "b"}
	for i := range q {
		q[i] += "!"
	}
	fmt.Println(*q, len(p))
	fmt.Println(unsafe.Sizeof(struct {
		a bool
		b int64
	}{}))
	const n = len([3]struct {
		x int
	}{})
	fmt.Println(n)
}
