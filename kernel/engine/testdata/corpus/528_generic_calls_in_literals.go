//go:build ignore

package main

import (
	"fmt"
	"maps"
	"slices"
)

type Stack[T any] struct{ items []T }

func (s Stack[T]) Push(x T) Stack[T] { return Stack[T]{append(slices.Clone(s.items), x)} }

type Path struct {
	nodes []string
	cost  int
}

func main() {
	s := Stack[int]{}.Push(1).Push(2)
	fmt.Println(s.items)
	p := Path{append(slices.Clone([]string{"a"}), "b"), len(slices.Repeat([]int{1}, 3))}
	fmt.Println(p)
	m := map[string][]string{"k": append(slices.Sorted(maps.Keys(map[string]int{"z": 1, "y": 2})), "x")}
	fmt.Println(m)
}
