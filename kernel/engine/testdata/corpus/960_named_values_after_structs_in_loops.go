//go:build ignore

// Assertions and type switches in loops over []any mixing the program's
// structs (and pointers to them) with its named non-struct types: a named
// value after a struct still matches its type.

package main

import (
	"fmt"
	"math"
)

type Circle struct{ R float64 }
type Square float64
type Count int
type Name string

func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }
func (s Square) Area() float64  { return float64(s * s) }
func (n Name) String() string   { return "name:" + string(n) }

func main() {
	vals := []any{Count(1), &Circle{1}, Count(2), Circle{2}, Square(3), Name("x"), Count(4)}
	for _, v := range vals {
		n, ok := v.(Count)
		fmt.Println(n, ok)
	}
	for i := 0; i < len(vals); i++ {
		switch vals[i].(type) {
		case Count, *Circle:
			fmt.Println(i, "count or circle")
		case Square:
			fmt.Println(i, "square")
		default:
			fmt.Println(i, "other")
		}
	}
	for _, v := range vals {
		if s, ok := v.(Square); ok {
			fmt.Printf("square %.0f\n", s.Area())
		} else if c, ok := v.(*Circle); ok {
			fmt.Printf("circle %.2f\n", c.Area())
		} else if nm, ok := v.(Name); ok {
			fmt.Println(nm)
		} else {
			fmt.Printf("skip %T\n", v)
		}
	}
	total := 0
	for _, v := range vals {
		switch x := v.(type) {
		case Count:
			total += int(x)
		case fmt.Stringer:
			fmt.Println("stringer", x)
		}
	}
	fmt.Println("total", total)
}
