//go:build ignore

// Parallel assignments and declarations with calls, builtins and literals
// among the operands, to locals, globals and interfaces; swaps in a
// generic heap.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type P struct{ n int }

func f(x int) int { return x * 10 }

var ga, gb int

type Heap[T cmp.Ordered] struct{ data []T }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.data[p] <= h.data[i] {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func main() {
	s := []int{1, 2, 3}
	a, b := []int{1}, []int{1, 2}
	i, j := len(a), len(b)
	fmt.Println(i, j)
	x, y := 0, 0
	x, y = f(1), 5
	fmt.Println(x, y)
	var fl float64
	var k int
	fl, k = 2, len(s)
	fmt.Println(fl, k)
	p, q := P{1}, len(s)
	fmt.Println(p, q)
	ga, gb = 7, len(s)
	fmt.Println(ga, gb)
	var e1, e2 error
	e1, e2 = nil, fmt.Errorf("x%d", f(1))
	fmt.Println(e1, e2)
	lo, hi := slices.Min(s), slices.Max(s)
	fmt.Println(lo, hi)
	h := &Heap[int]{}
	for _, v := range []int{5, 3, 8, 1} {
		h.Push(v)
	}
	fmt.Println(h.data)
	for n := 0; n < 2; n++ {
		u, v := f(n), len(s)+n
		switch {
		case u > 0:
			u, v = v, f(u)
		}
		fmt.Println(u, v)
	}
	m, _ := f(3), 1
	fmt.Println(m)
}
