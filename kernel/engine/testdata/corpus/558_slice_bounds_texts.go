//go:build ignore

package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	a := []int{1, 2}
	s := "ab"
	k, big := -1, 5
	try(func() { _ = a[k:] })
	try(func() { _ = a[:k] })
	try(func() { _ = a[k:1] })
	try(func() { _ = s[k:] })
	try(func() { _ = a[:big] })
	try(func() { lo := 2; _ = a[lo:1] })
	try(func() { _ = s[1:big] })
}
