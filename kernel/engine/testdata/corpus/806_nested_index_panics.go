//go:build ignore

// Index panics of nested indexes (grid[r][c], g.b[1][c+5], m["x"][1][i])
// read as Go's, with the index and the length; loops ranging over a
// row stay unchecked.
package main

import "fmt"

type Game struct{ b [3][3]int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, r)
		}
	}()
	f()
}

func main() {
	grid := [][]int{{1, 2}, {3, 4, 5}}
	r, c := 1, 2
	fmt.Println(grid[r][c])
	try("a", func() { fmt.Println(grid[0][c]) })
	try("b", func() { fmt.Println(grid[2][0]) })
	try("c", func() { grid[r][c+5] = 1 })
	try("d", func() { grid[0][c]++ })
	g := &Game{}
	try("e", func() { g.b[1][c+5] = 2 })
	s := []string{"ab", "c"}
	try("f", func() { fmt.Println(s[1][r]) })
	m := map[string][][]int{"x": grid}
	try("g", func() { fmt.Println(m["x"][1][r+3]) })
	sum := 0
	for r := range grid {
		for c := range grid[r] {
			sum += grid[r][c]
		}
	}
	fmt.Println(sum)
	try("h", func() {
		for r := range grid {
			for c := range grid[r] {
				grid[r] = grid[r][:1]
				sum += grid[r][c]
			}
		}
	})
	try("i", func() { fmt.Println(grid[-1+r][r-1]) })
}
