//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }
func (b Box[T]) Get() T         { return b.V }

type Getter interface{ Get() int }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T)       { s.items = append(s.items, x) }
func (s *Stack[T]) String() string { return fmt.Sprint("Stack", s.items) }

func describe(x any) string {
	if s, ok := x.(fmt.Stringer); ok {
		return "stringer:" + s.String()
	}
	return "plain"
}

func main() {
	fmt.Println(describe(Box[int]{1}), describe(Box[string]{"a"}), describe(3))
	var g Getter = Box[int]{5}
	var a any = g
	if gg, ok := a.(Getter); ok {
		fmt.Println("getter", gg.Get())
	}
	items := []any{Box[int]{2}, &Stack[string]{[]string{"x"}}, "s"}
	var sb strings.Builder
	for _, it := range items {
		switch v := it.(type) {
		case fmt.Stringer:
			sb.WriteString(v.String() + ";")
		default:
			sb.WriteString(fmt.Sprint(v) + ";")
		}
	}
	fmt.Println(sb.String())
	st := &Stack[int]{}
	st.Push(1)
	fmt.Printf("%v %s %T\n", st, st, st)
}
