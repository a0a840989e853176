//go:build ignore

package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Maze struct {
	w, h  int
	walls [][]byte
	rng   *rand.Rand
}

func NewMaze(w, h int, seed uint64) *Maze {
	m := &Maze{w: w, h: h, rng: rand.New(rand.NewPCG(seed, seed*31+7))}
	m.walls = make([][]byte, 2*h+1)
	for y := range m.walls {
		m.walls[y] = []byte(strings.Repeat("#", 2*w+1))
	}
	return m
}

func (m *Maze) carve(x, y int) {
	m.walls[2*y+1][2*x+1] = ' '
	dirs := [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	m.rng.Shuffle(len(dirs), func(i, j int) { dirs[i], dirs[j] = dirs[j], dirs[i] })
	for _, d := range dirs {
		nx, ny := x+d[0], y+d[1]
		if nx < 0 || ny < 0 || nx >= m.w || ny >= m.h || m.walls[2*ny+1][2*nx+1] == ' ' {
			continue
		}
		m.walls[2*y+1+d[1]][2*x+1+d[0]] = ' '
		m.carve(nx, ny)
	}
}

func (m *Maze) String() string {
	rows := make([]string, len(m.walls))
	for i, r := range m.walls {
		rows[i] = string(r)
	}
	return strings.Join(rows, "\n")
}

func (m *Maze) Solve() int {
	type pt struct{ x, y int }
	start, end := pt{1, 1}, pt{2*m.w - 1, 2*m.h - 1}
	dist := map[pt]int{start: 0}
	queue := []pt{start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == end {
			return dist[p]
		}
		for _, d := range []pt{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			n := pt{p.x + d.x, p.y + d.y}
			if _, seen := dist[n]; !seen && m.walls[n.y][n.x] == ' ' {
				dist[n] = dist[p] + 1
				queue = append(queue, n)
			}
		}
	}
	return -1
}

func main() {
	m := NewMaze(8, 5, 42)
	m.carve(0, 0)
	fmt.Println(m)
	fmt.Println("path length:", m.Solve())

	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Float64() < 1, r.Perm(5))
	dice := map[int]int{}
	for range 6000 {
		dice[r.IntN(6)+1]++
	}
	ok := true
	for f := 1; f <= 6; f++ {
		if dice[f] < 800 || dice[f] > 1200 {
			ok = false
		}
	}
	fmt.Println("roughly uniform:", ok, len(dice))
	fmt.Println(rand.N(10) < 10, rand.IntN(5) >= 0)
}
