//go:build ignore

package main

import "fmt"

type Tree struct {
	Val         int
	Left, Right *Tree
}

func invert(t *Tree) *Tree {
	if t == nil {
		return nil
	}
	t.Left, t.Right = invert(t.Right), invert(t.Left)
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "."
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Val, t.Right)
}

func merge(a, b []int) []int {
	var out []int
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

func f(x int) int { return x }

func main() {
	x, y := 0, 0
	x, y = f(1), 5
	fmt.Println(x, y)
	a, b := 1, 2
	a, b = f(b), f(a)
	fmt.Println(a, b)
	lo, hi := 3, 9
	lo, hi = min(lo, hi)-1, max(lo, hi)+1
	fmt.Println(lo, hi)
	t := &Tree{2, &Tree{1, nil, nil}, &Tree{3, nil, nil}}
	fmt.Println(invert(t))
	fmt.Println(merge([]int{1, 4, 9}, []int{2, 3, 10, 11}))
	p, q := "a", 1
	p, q = fmt.Sprint(p, "b"), len(p)+q
	fmt.Println(p, q)
}
