//go:build ignore

package main

import (
	"fmt"
	"strconv"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(error); ok {
			fmt.Println(" error:", e.Error())
		}
	}()
	f()
}

func main() {
	try("arr", func() { s := []int{1, 2}; _ = [3]int(s) })
	try("parr", func() { s := []int{1, 2}; _ = (*[3]int)(s) })
	try("deref", func() { var p *int; fmt.Println(*p) })
	try("itoa", func() { var p *int; fmt.Println(strconv.Itoa(*p)) })
	try("hash", func() { m := map[any]int{}; var k any = []int{1}; m[k] = 1 })
}
