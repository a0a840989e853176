//go:build ignore

// Type assertions applied to calls that return a program interface.
package main

import "fmt"

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Box struct{ s Shape }

func (b Box) Get() Shape { return b.s }

func New(n int) Shape { return Sq(n) }
func NewR() Shape     { return Rect{2, 3} }

func main() {
	s, ok := New(3).(Sq)
	fmt.Println(s, ok)
	fmt.Println(New(4).(Sq))
	a, ok := NewR().(interface{ Area() int })
	fmt.Println(a, ok)
	st, ok := NewR().(fmt.Stringer)
	fmt.Println(st, ok)
	r, ok := NewR().(Rect)
	fmt.Println(r, ok)
	b := Box{Sq(5)}
	fmt.Println(b.Get().(Sq), b.Get().(Shape).Area())
	if q, ok := New(6).(Sq); ok {
		fmt.Println("sq", q)
	}
	_, bad := New(1).(Rect)
	fmt.Println(bad)
}
