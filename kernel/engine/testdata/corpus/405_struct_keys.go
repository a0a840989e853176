//go:build ignore

// Struct comparison and structs (and nested structs, pointers) as map keys.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To Point
}

type Key struct {
	Name string
	Ver  [2]int
	Tag  any
}

func neighbors(p Point) []Point {
	return []Point{{p.X + 1, p.Y}, {p.X - 1, p.Y}, {p.X, p.Y + 1}, {p.X, p.Y - 1}}
}

func main() {
	a, b := Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1}, &a == &b)

	visited := map[Point]bool{}
	frontier := []Point{{0, 0}}
	for step := 0; step < 2; step++ {
		var next []Point
		for _, p := range frontier {
			for _, n := range neighbors(p) {
				if !visited[n] {
					visited[n] = true
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	keys := make([]Point, 0, len(visited))
	for p := range visited {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	fmt.Println(len(visited), keys)

	weights := map[Edge]int{
		{Point{0, 0}, Point{0, 1}}: 5,
		{Point{0, 1}, Point{1, 1}}: 7,
	}
	weights[Edge{Point{0, 0}, Point{0, 1}}] += 10
	fmt.Println(weights[Edge{From: Point{0, 0}, To: Point{0, 1}}], len(weights))

	k1 := Key{"lib", [2]int{1, 2}, "x"}
	k2 := Key{"lib", [2]int{1, 2}, "x"}
	k3 := Key{"lib", [2]int{1, 2}, 42}
	m := map[Key]string{k1: "first"}
	m[k2] = "second"
	m[k3] = "third"
	fmt.Println(len(m), m[k1], k1 == k2, k1 == k3)

	pa, pb := &Point{1, 1}, &Point{1, 1}
	byPtr := map[*Point]string{pa: "a", pb: "b"}
	fmt.Println(len(byPtr), byPtr[pa], *pa == *pb)

	type pair struct {
		a, b string
	}
	counts := map[pair]int{}
	words := []string{"the", "cat", "the", "cat", "the", "dog"}
	for i := 0; i+1 < len(words); i++ {
		counts[pair{words[i], words[i+1]}]++
	}
	fmt.Println(counts[pair{"the", "cat"}], counts[pair{"cat", "the"}], counts[pair{"the", "dog"}])

	var ia, ib any = Point{3, 4}, Point{3, 4}
	fmt.Println(ia == ib, ia == any(Point{4, 3}))

	set := map[any]int{}
	set[1] = 1
	set["1"] = 2
	set[Point{1, 1}] = 3
	set[[2]int{1, 1}] = 4
	fmt.Println(len(set), set[Point{1, 1}], set[[2]int{1, 1}])

	defer func() { fmt.Println("recovered:", recover()) }()
	set[[]int{1}] = 5
}
