//go:build ignore

// Keys that cannot be hashed in maps keyed by any panic naming the key's
// type, also a slice of the program's interface or struct type.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func try(label string, f func()) {
	defer func() { fmt.Println(label, recover()) }()
	f()
}

func main() {
	m := map[any]int{}
	try("shapes", func() { m[[]Shape{Sq{1}}] = 1 })
	try("squares", func() { _ = m[[]Sq{}] })
	try("map", func() { m[map[string]int{}]++ })
	try("func", func() { m[func() {}] = 2 })
	m[Sq{2}] = 3
	m[[2]Sq{}] = 4
	fmt.Println(len(m), m[Sq{2}], m[[2]Sq{}])
}
