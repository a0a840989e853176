//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)  { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Greeter interface{ Greet(string) string }

type English struct{}

func (English) Greet(n string) string { return "Hello, " + n }

func main() {
	p := Point{1, 2}
	add := p.Add
	p = Point{10, 20}
	fmt.Println(add(Point{1, 1}))

	scale := p.Scale
	scale(2)
	fmt.Println(p)

	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	scaleExpr(&p, 0.5)
	fmt.Println(p)
	strExpr := Point.String
	fmt.Println(strExpr(Point{3, 4}))
	fmt.Printf("%T\n", addExpr)
	fmt.Printf("%T\n", scaleExpr)

	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	var fs []func() int
	for range 3 {
		fs = append(fs, c.Inc)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var g Greeter = English{}
	greet := g.Greet
	fmt.Println(greet("Go"))
	ifaceExpr := Greeter.Greet
	fmt.Println(ifaceExpr(English{}, "method expression"))
	upper := strings.ToUpper
	fmt.Println(upper("func value"))
	r := strings.NewReplacer("a", "1")
	rep := r.Replace
	fmt.Println(rep("banana"))
	pts := []Point{{1, 1}, {2, 2}}
	sum := Point{}
	for _, q := range pts {
		sum = sum.Add(q)
	}
	fmt.Println(sum)
	methods := map[string]func(Point, Point) Point{"add": Point.Add}
	fmt.Println(methods["add"](Point{1, 0}, Point{0, 1}))
}
