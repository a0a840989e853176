//go:build ignore

// Index panics with indexes of unsigned types, as Go prints them (also
// beyond the largest int), recovered in a helper.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var u uint64 = 1<<64 - 1
	var b uint8 = 200
	var w uint = 3
	arr := [2]string{"a", "b"}
	str := "go"
	try(func() { _ = s[u] })
	try(func() { _ = s[b] })
	try(func() { _ = s[w] })
	try(func() { _ = arr[w] })
	p := uintptr(w)
	try(func() { _ = str[p] })
	try(func() { fmt.Println(s[w-1], arr[w-2], str[w-2]) })
}
