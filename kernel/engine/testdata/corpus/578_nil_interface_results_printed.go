//go:build ignore

package main

import "fmt"

type Shape interface{ Area() float64 }

type Stack[T any] []T

func (s *Stack[T]) Pop() T {
	var zero T
	if len(*s) == 0 {
		return zero
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v
}

func zero[T any]() T {
	var z T
	return z
}

type Rect struct{ W float64 }

func (r Rect) Area() float64 { return r.W }

func main() {
	var st Stack[Shape]
	fmt.Println(st.Pop(), len(st))
	st = append(st, Rect{2})
	fmt.Println(st.Pop(), len(st))
	z := zero[Shape]()
	fmt.Println(z == nil)
	fmt.Println(zero[error]())
	fmt.Println(zero[Shape](), "end")
}
