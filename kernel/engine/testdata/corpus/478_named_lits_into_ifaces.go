//go:build ignore

package main

import "fmt"

type Shape interface{ Area() int }

type Dims []int
type Table map[string]int
type Vec [3]int

func (d Dims) Area() int      { return len(d) }
func (t Table) Area() int     { return len(t) }
func (v Vec) Area() int       { return v[0] * v[1] * v[2] }
func (d Dims) String() string { return fmt.Sprint("dims", []int(d)) }

type Cond interface{ Eval() bool }
type And []Cond
type Lit bool

func (a And) Eval() bool {
	for _, c := range a {
		if !c.Eval() {
			return false
		}
	}
	return true
}
func (l Lit) Eval() bool { return bool(l) }

type Code int

func (c *Code) Error() string { return fmt.Sprint("code ", int(*c)) }

type Count int

func (c *Count) String() string { return fmt.Sprint("count ", int(*c)) }

func main() {
	var a Shape = Dims{2, 3}
	fmt.Println(a.Area())
	var b Shape
	b = Table{"x": 1}
	fmt.Println(b.Area())
	var v Shape = Vec{1, 2, 3}
	fmt.Println(v.Area())
	var s fmt.Stringer = Dims{1}
	fmt.Println(s)
	var c Cond = And{Lit(true), And{Lit(true), Lit(false)}}
	fmt.Println(c.Eval())
	c = And{}
	fmt.Println(c.Eval())
	var p error = new(Code)
	fmt.Println(p)
	var q fmt.Stringer = new(Count)
	fmt.Println(q)
}
