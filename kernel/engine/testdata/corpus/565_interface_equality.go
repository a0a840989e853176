//go:build ignore

package main

import (
	"fmt"
	"slices"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Speaker interface{ Speak() string }

type Greeter struct{ Name string }

func (g Greeter) Speak() string { return "hi " + g.Name }

func main() {
	var a any = Rect{1, 1}
	b := any(Rect{1, 1})
	xs := []any{Rect{1, 1}}
	fmt.Println(a == b, a == xs[0], b == xs[0], a != xs[0])
	var s Speaker = Greeter{"Y"}
	var x any = s
	var y any = Greeter{"Y"}
	fmt.Println(x == y, x == any(Greeter{"Y"}), x == any(Greeter{"Z"}))
	shapes := []Shape{Rect{3, 4}, Rect{2, 2}}
	fmt.Println(slices.Index(shapes, Shape(Rect{2, 2})), slices.Contains(shapes, Shape(Rect{2, 2})), slices.Contains(shapes, Shape(Rect{9, 9})))
	fmt.Println(shapes[1] == Shape(Rect{2, 2}))
	r := &Rect{1, 2}
	ps := []Shape{r}
	fmt.Println(slices.Index(ps, Shape(r)), slices.Index([]any{1, "a", Rect{1, 1}}, any(Rect{1, 1})))
	var n1, n2 any
	fmt.Println(n1 == n2, n1 == a)
}
