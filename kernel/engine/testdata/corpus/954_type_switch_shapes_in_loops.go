//go:build ignore

// Type switches and comma-ok if statements inside loops, in every shape
// the kernel writes them without a function literal: the index of the
// matching clause, break and continue in clauses, labels, init
// statements, else branches that read a missed lookup's zero value.

package main

import (
	"errors"
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
type Square struct{ S float64 }
type Named int

func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (s *Square) Area() float64 { return s.S * s.S }
func (n Named) String() string  { return fmt.Sprint("#", int(n)) }

func classify(vs []any) []string {
	var out []string
	for i, v := range vs {
		switch x := v.(type) {
		case nil:
			out = append(out, "nil")
		case Circle:
			if x.R > 5 {
				out = append(out, "big circle")
				break
			}
			out = append(out, fmt.Sprint("circle ", x.Area()))
		case *Square:
			out = append(out, fmt.Sprint("square ", x.Area()))
		case int, int64:
			if i == 4 {
				continue
			}
			out = append(out, fmt.Sprintf("int %v", x))
		case fmt.Stringer:
			out = append(out, "stringer "+x.String())
		case error:
			out = append(out, "error "+x.Error())
		default:
			out = append(out, fmt.Sprintf("other %T", x))
		}
	}
	return out
}

func main() {
	vs := []any{Circle{1}, &Square{2}, 3, int64(4), 5, Named(6), errors.New("e"), io.EOF, nil, Circle{9}, 2.5}
	for _, s := range classify(vs) {
		fmt.Println(s)
	}

	m := map[string]int{"a": 1, "c": 3}
	for _, k := range []string{"a", "b", "c", "d"} {
		if v, ok := m[k]; ok {
			fmt.Println(k, "found", v)
		} else if w, ok := m[k+k]; ok {
			fmt.Println("double", w)
		} else {
			fmt.Println(k, "missing", v, ok)
		}
	}
	for _, v := range vs {
		if s, ok := v.(Shape); ok && s.Area() > 3 {
			fmt.Printf("shape %.1f\n", s.Area())
		} else if c, ok := v.(Circle); !ok {
			fmt.Println("not a circle", c)
		}
	}

outer:
	for i, v := range vs {
		switch v.(type) {
		case error:
			fmt.Println("first error at", i)
			break outer
		}
	}
	n := 0
loop:
	for _, v := range vs {
	kind:
		switch x := v.(type) {
		case Circle:
			for j := 0; j < 3; j++ {
				if j == 1 {
					break kind
				}
				n += int(x.R)
			}
		case *Square:
			continue loop
		default:
			n++
		}
	}
	fmt.Println("n", n)
	for i := 0; i < 3; i++ {
		switch y := any(i * 2); t := y.(type) {
		case int:
			fmt.Println("init switch", t, y)
		}
	}
	func() {
		defer func() {
			switch r := recover().(type) {
			case error:
				fmt.Println("recovered error", r)
			case string:
				fmt.Println("recovered string", r)
			}
		}()
		panic("boom")
	}()
}
