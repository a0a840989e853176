//go:build ignore

package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Reset()        { c.n = 0 }
func (c *Counter) Set(s string)  { c.n = len(s) }
func (c Counter) String() string { return fmt.Sprint("counter ", c.n) }

func ResetOne[T any, P interface {
	*T
	Reset()
}](x *T) {
	P(x).Reset()
}

type Setter[T any] interface {
	*T
	Set(string)
}

func Make[T any, PT Setter[T]](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	c := Counter{1}
	ResetOne(&c)
	fmt.Println(c)
	fmt.Println(Make[Counter]("abc"))
	Shape(Sq(2)).Area()
	fmt.Println(Shape(Sq(3)).Area())
}
