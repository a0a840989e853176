//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
)

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprint("<", b.V, ">") }

type Plain[T any] struct{ V T }

func Show[T any](x T) string { return fmt.Sprint(Plain[T]{x}) }

func Wrap[A any](a A) Box[Box[A]] {
	return Box[Box[A]]{Box[A]{a}}
}

type Tree[T any] struct {
	Left *Tree[T]
	Val  T
}

func (t *Tree[T]) String() string { return fmt.Sprint(t.Left) }

func J[T any](x T) string { b, _ := json.Marshal(Plain[T]{x}); return string(b) }

func main() {
	fmt.Println(Show(1), Show("a"))
	fmt.Println(Wrap(7))
	fmt.Println(&Tree[int]{Val: 2})
	fmt.Println(J(3))
}
