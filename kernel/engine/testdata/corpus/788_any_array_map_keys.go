//go:build ignore

// Arrays of interfaces holding the program's structs with methods as map
// keys: equal arrays are one key.
package main

import "fmt"

type P struct{ X, Y int }

func (p P) Add(q P) P { return P{p.X + q.X, p.Y + q.Y} }

type state [2]any

func main() {
	m := map[[2]any]int{{P{1, 2}, "a"}: 1}
	k := [2]any{P{1, 2}, "a"}
	fmt.Println(m[k], k == [2]any{P{1, 2}, "a"})
	m[k]++
	m[[2]any{P{0, 0}.Add(P{1, 2}), "a"}]++
	fmt.Println(len(m), m[k])
	delete(m, k)
	fmt.Println(len(m))
	seen := map[any]bool{[1]any{P{3, 4}}: true}
	fmt.Println(seen[[1]any{P{3, 4}}], len(seen))
	visited := map[state]bool{}
	for _, s := range []state{{P{1, 1}, 2}, {P{1, 1}, 2}, {P{2, 2}, 2}} {
		visited[s] = true
	}
	fmt.Println(len(visited))
}
