//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Grid [][]bool

func Parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := make([]bool, len(line))
		for i, c := range line {
			row[i] = c == '#'
		}
		g = append(g, row)
	}
	return g
}

func (g Grid) Alive(x, y int) bool {
	h, w := len(g), len(g[0])
	x, y = (x+w)%w, (y+h)%h
	return g[y][x]
}

func (g Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	next := make(Grid, len(g))
	for y, row := range g {
		next[y] = make([]bool, len(row))
		for x := range row {
			n := g.Neighbors(x, y)
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func (g Grid) Population() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

const glider = `
.#......
..#.....
###.....
........
........
........`

func main() {
	g := Parse(glider)
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d (population %d):\n%v", gen, g.Population(), g)
		g = g.Step()
	}
	blinker := Parse(".....\n..#..\n..#..\n..#..\n.....")
	fmt.Print(blinker.Step())
	fmt.Println(blinker.Step().Step().String() == blinker.String())
}
