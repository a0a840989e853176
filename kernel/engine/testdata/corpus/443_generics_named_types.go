//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Color int

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Meters int

func Show[T any](v T) { fmt.Printf("%T %v\n", v, v) }

func Join[T any](xs []T, sep string) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, fmt.Sprint(x))
	}
	return strings.Join(parts, sep)
}

func Show4[T any](v T) string {
	if s, ok := any(v).(fmt.Stringer); ok {
		return s.String()
	}
	return "no"
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) String() string {
	var b strings.Builder
	b.WriteString("<")
	for i, v := range s.items {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, v)
	}
	return b.String() + ">"
}

func kind[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case Meters:
		return "meters"
	}
	return "other"
}

func main() {
	Show(Color(1))
	Show([]Color{0, 1})
	fmt.Println(Join([]Color{0, 1}, ","), Show4(Color(1)), Show4(3))
	var s Stack[Color]
	s.Push(1)
	s.Push(0)
	fmt.Println(s.String())
	fmt.Println(kind(Meters(3)), kind(3))
	err := fmt.Errorf("unknown %T", Color(0))
	fmt.Println(err)
}
