//go:build ignore

package main

import (
	"fmt"
	"time"
)

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type N int

func (n N) String() string { return fmt.Sprintf("N%d", int(n)) }

type Flag bool

func (b Flag) String() string { return fmt.Sprint("flag=", bool(b)) }

type Shape interface{ Area() int }

type Side int

func (s Side) Area() int { return int(s * s) }

func g(c Code) error                     { return c + 100 }
func neg(n N) fmt.Stringer               { return -n }
func not(f Flag) fmt.Stringer            { return !f }
func twice(d time.Duration) fmt.Stringer { return d * 2 }

func grow(s Side) Shape { return s + 1 }

func main() {
	err := g(4)
	fmt.Println(err, err == nil)
	n := Code(3)
	var e error = -n
	fmt.Println(e)
	fmt.Println(neg(3), not(true), twice(time.Second))
	v := N(3)
	var s fmt.Stringer = -v
	fmt.Println(s)
	f := Flag(true)
	var t fmt.Stringer = !f
	fmt.Println(t)
	s = v * 2
	fmt.Println(s)
	shapes := []Shape{grow(1), grow(2)}
	var sh Shape = Side(2) * 3
	fmt.Println(shapes[0].Area(), shapes[1].Area(), sh.Area())
	ch := make(chan N, 1)
	ch <- 7
	s = <-ch
	fmt.Println(s)
}
