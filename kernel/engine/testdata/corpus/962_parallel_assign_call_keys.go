//go:build ignore

// Parallel assignments to map elements whose keys (and other targets'
// indexes) are calls: the keys are evaluated first, in order, then the
// operands, and every target is stored.

package main

import (
	"fmt"
	"strings"
)

func id(v int) int { fmt.Println("id", v); return v }

type S struct{ v int }

func main() {
	m := map[int]int{}
	x := 0
	a := []int{0, 0}
	m[id(1)], x = id(3), 4
	x, m[id(2)] = id(5), 6
	m[id(1)], x = x, id(4)
	m[id(7)], m[id(8)] = id(3), id(4)
	m[1], a[id(0)] = id(3), 4
	ms := map[int]S{}
	ms[id(1)], x = S{id(3)}, 4
	var _, k = 1, 2
	_, m[id(9)] = id(10), 11
	mk := map[any]int{}
	mk[strings.ToUpper("a")], x = len("xy"), 1
	fmt.Println(m, x, a, ms, k, mk)
	for i, j := 0, 0; i < 2; i, m[id(i+20)] = i+1, j {
		j++
	}
	fmt.Println(m)
}
