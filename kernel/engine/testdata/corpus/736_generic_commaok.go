//go:build ignore

// Comma-ok lookups, assertions and receives in generic functions set the
// value to the zero value when they fail, as outside generics.
package main

import "fmt"

func get[V any](src map[string]V, keys ...string) {
	for _, k := range keys {
		v, ok := src[k]
		fmt.Println(k, v, ok)
	}
	var v V
	var ok bool
	v, ok = src[keys[0]]
	fmt.Println(v, ok)
	v, ok = src["none"]
	fmt.Println(v, ok)
}

func as[V any](xs ...any) {
	for _, x := range xs {
		v, ok := x.(V)
		fmt.Println(v, ok)
	}
}

func drain[T any](ch chan T) {
	for i := 0; i < 2; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
}

func main() {
	get(map[string]int{"x": 1}, "x", "y")
	get(map[string]string{"a": "A"}, "a", "b")
	as[int](3, "s", 4)
	ch := make(chan float64, 1)
	ch <- 2.5
	close(ch)
	drain(ch)
}
