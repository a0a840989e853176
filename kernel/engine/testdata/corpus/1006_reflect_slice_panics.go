//go:build ignore

// Panics of the program's own reflect Slice and Slice3 calls recover as
// reflect makes them.
package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() { r := recover(); fmt.Printf("%s: %T %v\n", name, r, r) }()
	f()
}

func main() {
	try("slice", func() { reflect.ValueOf([]int{1, 2, 3}).Slice(2, 1) })
	try("slice3", func() { reflect.ValueOf([]int{1, 2, 3}).Slice3(0, 2, 5) })
	try("string", func() { reflect.ValueOf("abc").Slice(1, 9) })
	fmt.Println(reflect.ValueOf([]int{1, 2, 3}).Slice(1, 3), reflect.ValueOf("abc").Slice(1, 2))
}
