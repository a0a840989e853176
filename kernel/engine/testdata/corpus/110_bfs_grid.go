//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = []P{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func parse(s string) (grid []string, start, goal P) {
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = P{r, c}
		}
		if c := strings.IndexByte(line, 'G'); c >= 0 {
			goal = P{r, c}
		}
		grid = append(grid, line)
	}
	return
}

func bfs(grid []string, start, goal P) ([]P, bool) {
	prev := map[P]P{}
	seen := map[P]bool{start: true}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []P
			for p := goal; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, true
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[n.R]) {
				continue
			}
			if grid[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, false
}

func render(grid []string, path []P) string {
	rows := make([][]byte, len(grid))
	for i, g := range grid {
		rows[i] = []byte(g)
	}
	for _, p := range path[1 : len(path)-1] {
		rows[p.R][p.C] = '*'
	}
	var b strings.Builder
	for _, r := range rows {
		b.Write(r)
		b.WriteByte('\n')
	}
	return b.String()
}

const maze = `
S..#......
.#.#.####.
.#...#....
.#####.##.
...#...#G.
`

func main() {
	grid, s, g := parse(maze)
	fmt.Println("start", s, "goal", g)
	path, ok := bfs(grid, s, g)
	fmt.Println("found:", ok, "steps:", len(path)-1)
	fmt.Print(render(grid, path))
	blocked := []string{"S#.", "##.", "..G"}
	_, ok = bfs(blocked, P{0, 0}, P{2, 2})
	fmt.Println("blocked found:", ok)
}
