//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int8

func Parse(s string) (Grid, error) {
	var g Grid
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return g, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	for i, c := range s {
		switch {
		case c == '.' || c == '0':
		case c >= '1' && c <= '9':
			g[i/9][i%9] = int8(c - '0')
		default:
			return g, fmt.Errorf("bad cell %q at %d", c, i)
		}
	}
	return g, nil
}

func (g *Grid) ok(r, c int, v int8) bool {
	for i := range 9 {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) Solve() (steps int, solved bool) {
	var solve func() bool
	solve = func() bool {
		for r := range 9 {
			for c := range 9 {
				if g[r][c] != 0 {
					continue
				}
				for v := int8(1); v <= 9; v++ {
					if g.ok(r, c, v) {
						g[r][c] = v
						steps++
						if solve() {
							return true
						}
						g[r][c] = 0
					}
				}
				return false
			}
		}
		return true
	}
	return steps, solve()
}

func (g Grid) String() string {
	var b strings.Builder
	for r, row := range g {
		if r > 0 && r%3 == 0 {
			b.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				b.WriteString("| ")
			}
			if v == 0 {
				b.WriteString(". ")
			} else {
				fmt.Fprintf(&b, "%d ", v)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

const puzzle = `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`

func main() {
	g, err := Parse(puzzle)
	if err != nil {
		fmt.Println(err)
		return
	}
	orig := g
	steps, ok := g.Solve()
	fmt.Println("solved:", ok, "placements:", steps)
	fmt.Print(g)
	fmt.Println("original untouched:", orig[0][2] == 0, orig != g)
	_, err = Parse("12x")
	fmt.Println(err)
	_, err = Parse(strings.Repeat("x", 81))
	fmt.Println(err)
}
