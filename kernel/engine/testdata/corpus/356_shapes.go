//go:build ignore

package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) String() string  { return fmt.Sprintf("Square(%g)", s.W) }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func kind(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle with radius %g", v.R)
	case Square:
		return "square of side " + fmt.Sprint(v.W)
	case Rect:
		return fmt.Sprintf("%gx%g rectangle", v.W, v.H)
	case *Triangle:
		return fmt.Sprintf("triangle %v", *v)
	case nil:
		return "nothing"
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, NewSquare(2), &Triangle{3, 4, 5}, Circle{0.5}}
	sort.Sort(ByArea(shapes))
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-28s area=%7.3f perim=%7.3f  %v\n", kind(s), s.Area(), s.Perimeter(), s)
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)
	var none Shape
	fmt.Println(kind(none), none == nil)
	largest := shapes[len(shapes)-1]
	if st, ok := largest.(fmt.Stringer); ok {
		fmt.Println("largest:", st.String())
	} else {
		fmt.Printf("largest: %T\n", largest)
	}
	sq := NewSquare(3)
	var sh Shape = sq
	_, isRect := sh.(Rect)
	fmt.Println(isRect, sq.Rect.Area(), sq.Area())
	fmt.Println(Circle{2} == Circle{2}, any(Rect{1, 2}) == any(Rect{1, 2}))
}
