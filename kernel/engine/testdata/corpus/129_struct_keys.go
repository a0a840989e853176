//go:build ignore

package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Segment struct{ A, B Point }

type Key struct {
	Name string
	Tags [2]string
	P    Point
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	keys := make([]Point, 0, len(visits))
	for p := range visits {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	for _, k := range keys {
		fmt.Println(k, visits[k])
	}
	segs := map[Segment]bool{{Point{0, 0}, Point{1, 1}}: true}
	fmt.Println(segs[Segment{Point{0, 0}, Point{1, 1}}], segs[Segment{Point{1, 1}, Point{0, 0}}])
	k1 := Key{"a", [2]string{"x", "y"}, Point{1, 2}}
	k2 := Key{"a", [2]string{"x", "y"}, Point{1, 2}}
	m := map[Key]string{k1: "first"}
	m[k2] = "second"
	fmt.Println(len(m), m[k1], k1 == k2)
	arrKey := map[[3]int]string{{1, 2, 3}: "abc"}
	fmt.Println(arrKey[[3]int{1, 2, 3}])
	ifaceKey := map[any]int{1: 1, "1": 2, Point{1, 1}: 3, [1]int{1}: 4}
	fmt.Println(ifaceKey[1], ifaceKey["1"], ifaceKey[Point{1, 1}], ifaceKey[[1]int{1}], len(ifaceKey))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ifaceKey[[]int{1}] = 5
	}()
	pk := map[*Point]string{}
	p1, p2 := &Point{}, &Point{}
	pk[p1] = "p1"
	pk[p2] = "p2"
	fmt.Println(len(pk), pk[p1])
	var a, b any = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y any = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
}
