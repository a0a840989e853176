//go:build ignore

package main

import (
	"fmt"
	"sort"
)

type DSU struct {
	parent, rank []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case d.rank[ra] < d.rank[rb]:
		ra, rb = rb, ra
	case d.rank[ra] == d.rank[rb]:
		d.rank[ra]++
	}
	d.parent[rb] = ra
	d.sets--
	return true
}

type Edge struct{ U, V, W int }

func kruskal(n int, edges []Edge) (int, []Edge) {
	sorted := append([]Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	d := NewDSU(n)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return total, tree
}

func main() {
	edges := []Edge{
		{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7},
		{2, 8, 2}, {2, 5, 4}, {3, 4, 9}, {3, 5, 14}, {4, 5, 10},
		{5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7},
	}
	total, tree := kruskal(9, edges)
	fmt.Println("MST weight:", total)
	for _, e := range tree {
		fmt.Printf("  %d-%d (%d)\n", e.U, e.V, e.W)
	}

	d := NewDSU(10)
	pairs := [][2]int{{1, 2}, {3, 4}, {2, 3}, {5, 6}, {1, 4}, {7, 7}}
	for _, p := range pairs {
		fmt.Printf("union(%d,%d)=%v ", p[0], p[1], d.Union(p[0], p[1]))
	}
	fmt.Println()
	fmt.Println("sets:", d.sets, "same(1,4):", d.Find(1) == d.Find(4), "same(1,5):", d.Find(1) == d.Find(5))
	groups := map[int][]int{}
	for i := range 10 {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	var out [][]int
	for _, g := range groups {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	fmt.Println(out)
}
