//go:build ignore

// Printing the dereference of a nil pointer to a type with methods panics,
// as in Go (the interpreter printed <nil>).

package main

import "fmt"

type S struct{ A int }

func (s S) Get() int { return s.A }

type minHeap []int

func (h minHeap) Len() int { return len(h) }

func find() *minHeap { return nil }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	var p *S
	try("struct", func() { fmt.Println(*p) })
	try("printf", func() { fmt.Printf("%v\n", *find()) })
	s := &S{4}
	fmt.Println(*s, s.Get())
	h := &minHeap{3, 1}
	fmt.Println(*h, h.Len())
}
