//go:build ignore

// Generic functions ranging over slices and maps of channels (First,
// Index), and a directional channel compared with a bidirectional one.
package main

import "fmt"

func First[T any](s []T) T {
	for _, v := range s {
		return v
	}
	var z T
	return z
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Values[K comparable, V any](m map[K]V) int {
	n := 0
	for _, v := range m {
		_ = v
		n++
	}
	return n
}

func main() {
	ch := make(chan int, 1)
	ch <- 5
	c := First([]chan int{ch})
	fmt.Println(<-c)
	fmt.Println(Index([]chan int{nil, ch}, ch), Index([]string{"a"}, "b"))
	fmt.Println(Values(map[string]chan int{"a": ch, "b": nil}))
	arr := [2]<-chan int{ch, ch}
	fmt.Println(First(arr[:]) == ch)
}
