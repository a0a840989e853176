//go:build ignore

// Slices alias their arrays: copy, append growth, full slice expressions.
package main

import (
	"fmt"
	"slices"
)

func removeAt(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	head := base[:3]
	tail := base[3:]
	head = append(head, 99) // overwrites base[3]
	fmt.Println(base, head, tail)

	safe := base[:3:3]
	safe = append(safe, -1) // new array
	fmt.Println(base, safe, cap(base[:3:3]))

	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Println(n, dst)
	n = copy(base[1:], base) // overlapping copy
	fmt.Println(n, base)

	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs[:n]))

	xs := []int{1, 2, 3, 4, 5}
	ys := removeAt(xs, 1)
	fmt.Println(xs, ys)

	zs := []int{1, 2, 3, 4, 5, 6}
	evens := filterInPlace(zs, func(v int) bool { return v%2 == 0 })
	fmt.Println(evens, zs)

	var grow []int
	caps := []int{}
	last := -1
	for i := range 20 {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(len(caps) > 3, grow[19])

	m := [][]int{{1, 2}, {3, 4}}
	shallow := slices.Clone(m)
	shallow[0][0] = 100
	shallow[1] = []int{7, 8}
	fmt.Println(m, shallow)

	a := []string{"a", "b", "c"}
	b := a
	b[0] = "A"
	c := slices.Clone(a)
	c[1] = "B"
	fmt.Println(a, b, c)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil, len(nilS))

	s := make([]int, 2, 4)
	t := append(s, 1)
	u := append(s, 2)
	fmt.Println(t[2], u[2], s[:3][2])

	arr := [5]int{10, 20, 30, 40, 50}
	sl := arr[1:3]
	fmt.Println(len(sl), cap(sl), sl[:4])
	sl = append(sl, 35)
	fmt.Println(arr)
}
