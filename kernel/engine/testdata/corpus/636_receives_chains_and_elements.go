//go:build ignore

// Receives first among several operands, min and max of named types
// given to fmt, deferred method chains, pointer methods on elements of
// pointers to arrays.
package main

import "fmt"

type Celsius float64
type Score int

type B struct{ parts []string }

func (b B) With(s string) B { return B{append(b.parts, s)} }
func (b B) Print()          { fmt.Println(b.parts) }

type V struct{ n int }

func (v *V) Inc() *V { v.n++; return v }

type W struct{ vs [2]V }

func main() {
	a, b := Celsius(3.5), Celsius(-2)
	fmt.Println(min(a, b), max(Score(1), 5))
	var x any = max(a, b)
	fmt.Println(x)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 4
	c, d := <-ch, 2
	fmt.Println(c, d)
	var e, f int
	e, f = <-ch, 3
	fmt.Println(e, f)
	var bb B
	defer bb.With("x").Print()
	var v V
	defer v.Inc().Inc()
	var arr [3]V
	pp := &arr
	pp[2].Inc()
	m := map[string]*[2]V{"a": {}}
	m["a"][1].Inc()
	var w W
	w.vs[1].Inc()
	pw := &w
	pw.vs[0].Inc().Inc()
	fmt.Println(arr, *m["a"], w)
	fmt.Println("body")
}
