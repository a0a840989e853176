//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func describe(i any) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d, doubled %d", v, v*2)
	case int64, int32:
		return fmt.Sprintf("sized int %v (%T)", v, v)
	case string:
		return fmt.Sprintf("string %q of len %d", v, len(v))
	case bool:
		return fmt.Sprintf("bool %t", v)
	case []int:
		return fmt.Sprintf("slice of %d ints", len(v))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(v))
	case Point:
		return fmt.Sprintf("point at %d,%d", v.X, v.Y)
	case *Point:
		return fmt.Sprintf("pointer to point %+v", *v)
	case Shape:
		return fmt.Sprintf("shape with area %.1f", v.Area())
	case error:
		return "error: " + v.Error()
	case func() int:
		return fmt.Sprintf("func returning %d", v())
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func main() {
	values := []any{
		nil, 42, int64(7), int32(8), "hello", true, []int{1, 2, 3},
		map[string]int{"a": 1}, Point{1, 2}, &Point{3, 4}, Square{3},
		errors.New("boom"), func() int { return 9 }, 3.5, struct{}{},
	}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var s Shape = Square{2}
	switch s.(type) {
	case Square:
		fmt.Println("a square")
	}
}
