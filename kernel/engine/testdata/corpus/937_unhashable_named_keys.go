//go:build ignore

// Keys of named slice and map types in a map keyed by any panic naming
// the type.
package main

import "fmt"

type SS []int
type MM map[string]int

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	m := map[any]int{}
	try(func() { m[SS{}] = 1 })
	mm := MM{}
	try(func() { _ = m[mm] })
	try(func() { m[[]int{1}]++ })
	fmt.Println(len(m))
}
