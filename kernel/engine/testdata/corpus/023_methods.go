//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type rect struct {
	width, height int
}

func (r *rect) area() int {
	return r.width * r.height
}

func (r rect) perim() int {
	return 2*r.width + 2*r.height
}

func (r *rect) scale(f int) {
	r.width *= f
	r.height *= f
}

func (r rect) tryScale(f int) {
	r.width *= f
}

type Counter int

func (c *Counter) Inc()          { *c++ }
func (c Counter) String() string { return fmt.Sprintf("Counter(%d)", int(c)) }

type Words []string

func (w Words) Join() string  { return strings.Join(w, "+") }
func (w *Words) Add(s string) { *w = append(*w, s) }

type Temp float64

func (t Temp) Fahrenheit() Temp { return t*9/5 + 32 }

func main() {
	r := rect{width: 10, height: 5}
	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())
	r.scale(2)
	fmt.Println(r)
	r.tryScale(10)
	fmt.Println(r)

	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c, int(c))

	var w Words
	w.Add("a")
	w.Add("b")
	fmt.Println(w.Join(), len(w))
	fmt.Println(Temp(100).Fahrenheit())

	rects := []rect{{1, 2}, {3, 4}}
	for i := range rects {
		rects[i].scale(3)
	}
	fmt.Println(rects)
	m := map[string]*rect{"a": {1, 1}}
	m["a"].scale(5)
	fmt.Println(*m["a"])
}
