//go:build ignore

package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func f() Shape { return nil }
func g() Shape { return Sq(2) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	var zero T
	if len(s.items) == 0 {
		return zero
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	s := f()
	fmt.Println(s)
	fmt.Println(f(), g())
	fmt.Printf("%v %T\n", f(), f())
	st := &Stack[Shape]{}
	fmt.Println(st.Pop())
}
