//go:build ignore

package main

import (
	"fmt"
	"math"
	"sort"
)

type geometry interface {
	area() float64
	perim() float64
}

type rect struct {
	width, height float64
}
type circle struct {
	radius float64
}

func (r rect) area() float64  { return r.width * r.height }
func (r rect) perim() float64 { return 2*r.width + 2*r.height }

func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Println(g.area())
	fmt.Println(g.perim())
}

func detectCircle(g geometry) {
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	}
}

type byArea []geometry

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].area() < a[j].area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string    { return "woof" }
func (c *Cat) Sound() string { return c.name + " says meow" }

func main() {
	r := rect{width: 3, height: 4}
	c := circle{radius: 5}
	measure(r)
	measure(c)
	detectCircle(r)
	detectCircle(c)

	shapes := byArea{circle{2}, rect{1, 1}, rect{3, 3}, circle{1}}
	sort.Sort(shapes)
	for _, s := range shapes {
		fmt.Printf("%T %.2f\n", s, s.area())
	}
	animals := []Animal{Dog{}, &Cat{"tom"}}
	for _, a := range animals {
		fmt.Println(a.Sound())
	}
	var g geometry
	fmt.Println(g == nil)
	var cp *Cat
	var a Animal = cp
	fmt.Println(a == nil, a != nil)
	var empty any = 42
	if n, ok := empty.(int); ok {
		fmt.Println("int", n)
	}
	_, ok := empty.(string)
	fmt.Println(ok)
	var st fmt.Stringer
	fmt.Println(st == nil)
	fmt.Println(any(rect{1, 2}) == any(rect{1, 2}))
}
