//go:build ignore

package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(x T) { l.items = append(l.items, x) }
func (l List[T]) Len() int { return len(l.items) }

type X struct {
	List[int]
	n int
}

type Named[T any] struct {
	List[T]
	name string
}

func main() {
	var x X
	x.List.items = append(x.List.items, 1)
	x.Add(2)
	fmt.Println(x.items, x, x.Len())
	y := X{List: List[int]{[]int{1}}, n: 2}
	fmt.Println(y.List.Len(), y)
	n := Named[string]{name: "n"}
	n.List.Add("a")
	n.Add("b")
	fmt.Println(n.List.items, n.Len(), n)
}
