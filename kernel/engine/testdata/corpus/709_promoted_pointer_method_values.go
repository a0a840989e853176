//go:build ignore

// Method values of pointer methods promoted through embedded pointers
// bind the pointer the field holds when the method value is made.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type PNamed struct{ *Counter }

type E struct{ *Counter }

type Outer struct{ E }

func main() {
	old := &Counter{100}
	pn := PNamed{old}
	inc := pn.Inc
	pn.Counter = &Counter{7}
	inc()
	fmt.Println(pn.n, old.n)
	e := &E{&Counter{1}}
	f := e.Inc
	e.Counter = &Counter{50}
	f()
	fmt.Println(e.n)
	o := Outer{E{&Counter{0}}}
	g := o.Inc
	first := o.Counter
	o.Counter = &Counter{200}
	g()
	g()
	fmt.Println(o.n, first.n)
}
