//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Tags []string

func (t Tags) MarshalText() ([]byte, error) { return []byte(strings.Join(t, ",")), nil }

type Shape interface{ Area() float64 }

type Square float64

func (s Square) Area() float64  { return float64(s * s) }
func (s Square) String() string { return fmt.Sprintf("Square(%g)", float64(s)) }

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func describe(x any) string {
	switch v := x.(type) {
	case Color:
		return "color " + v.String()
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case fmt.Stringer:
		return "stringer " + v.String()
	case int:
		return "int"
	}
	return "other"
}

func main() {
	logf("color=%v n=%d temp=%v", Green, 3, Celsius(21.5))
	xs := []any{Red, Celsius(3), Tags{"a", "b"}, Square(2)}
	fmt.Println(xs...)
	fmt.Println(xs)
	fmt.Printf("%T %v %d\n", xs[0], xs[0], xs[0])
	m := map[string]any{"c": Green, "t": Tags{"x"}, "n": 1}
	fmt.Println(m)
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	for _, x := range xs {
		fmt.Println(describe(x))
	}
	fmt.Println(describe(1), describe(Green))
	fmt.Printf("%v %s|%5v|%-6s|\n", []any{Green}, any(Red), any(Green), any(Red))
	var x any = Red
	fmt.Println(x == Red, x == Green, x == any(0))
	if col, ok := x.(Color); ok {
		fmt.Println("ok", col, col+1)
	}
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer", s.String())
	}
	set := map[any]bool{Red: true}
	set[Green] = true
	fmt.Println(set[Red], set[0], len(set))
	delete(set, Red)
	fmt.Println(len(set))
	switch x {
	case Green:
		fmt.Println("green")
	case Red:
		fmt.Println("red")
	}
	var sum Square
	for _, x := range xs {
		if sq, ok := x.(Square); ok {
			sum += sq
		}
		if sh, ok := x.(Shape); ok {
			fmt.Println("area", sh.Area())
		}
	}
	fmt.Println(sum)
}
