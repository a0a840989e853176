//go:build ignore

package main

import "fmt"

type Shape interface{ Area() float64 }

type Square float64
type Circle float64

func (s Square) Area() float64  { return float64(s * s) }
func (c Circle) Area() float64  { return 3 * float64(c*c) }
func (c Circle) String() string { return fmt.Sprintf("circle(%g)", float64(c)) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square %g", float64(v))
	case Circle:
		return fmt.Sprintf("circle %g", float64(v))
	}
	return "?"
}

func main() {
	shapes := []Shape{Square(2), Circle(1)}
	for _, s := range shapes {
		fmt.Printf("%T %v %s %.1f\n", s, s, describe(s), s.Area())
		_, isSq := s.(Square)
		fmt.Println(isSq)
	}
	var s Shape = Circle(2)
	var a any = s
	fmt.Printf("%T\n", a)
}

func init() {
	var s Shape = Square(1)
	items := []any{s, Circle(3)}
	m := map[string]any{"k": s}
	fmt.Printf("%T %T %T\n", items[0], items[1], m["k"])
	defer func() { fmt.Println(recover()) }()
	_ = s.(Circle)
}
