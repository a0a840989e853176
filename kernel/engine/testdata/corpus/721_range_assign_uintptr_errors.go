//go:build ignore

// for i = range n leaves i at n-1 (unchanged for n == 0), also into
// fields, elements and in generic code; ++ and -- of a uintptr; errors.As
// calling an error's own As for a named target type; errors.Is with an
// uncomparable error type; *p = append(*p, x) through a nil p.
package main

import (
	"errors"
	"fmt"
)

type pair struct{ A, B int }

func Last[T ~int](n T) T {
	var i T
	for i = range n {
	}
	return i
}

type Tag string

func (t Tag) Error() string { return "tag " + string(t) }

type W struct{}

func (W) Error() string { return "w" }

func (W) As(target any) bool {
	if p, ok := target.(*Tag); ok {
		*p = "from As"
		return true
	}
	return false
}

type MultiError []error

func (m MultiError) Error() string { return "multi" }

type Handle uintptr

func main() {
	var i int
	for i = range 4 {
	}
	j := 99
	for j = range 0 {
	}
	var p pair
	for p.A = range 3 {
		p.B += p.A
	}
	xs := make([]int, 2)
	for xs[1] = range 5 {
	}
	fmt.Println(i, j, p, xs, Last(5), Last(0))

	var k uintptr = 1
	k++
	k++
	k--
	h := Handle(7)
	h++
	var sum uintptr
	for u := range uintptr(4) {
		sum += u
	}
	fmt.Println(k, h, sum)

	var t Tag
	fmt.Println(errors.As(W{}, &t), t)
	m := MultiError{errors.New("x")}
	fmt.Println(errors.Is(m, MultiError{}), errors.Is(fmt.Errorf("w: %w", m), m))

	defer func() { fmt.Println("recovered:", recover()) }()
	var q *[]int
	*q = append(*q, 1)
}
