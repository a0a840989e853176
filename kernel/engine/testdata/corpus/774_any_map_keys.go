//go:build ignore

// Values of the program's types as keys of a map keyed by any, put in
// and looked up through any parameters, directly, and from variables.
package main

import "fmt"

type P struct{ X, Y int }

func (p P) Add(q P) P { return P{p.X + q.X, p.Y + q.Y} }

type Color int

func (c Color) String() string { return [...]string{"R", "G"}[c] }

type Q struct{ A int }

var seen = map[any]int{}

func put(k any)     { seen[k]++ }
func get(k any) int { return seen[k] }
func del(k any)     { delete(seen, k) }

func visit(k any) bool {
	if seen[k] > 0 {
		return false
	}
	seen[k] = 1
	return true
}

func main() {
	put(P{1, 2})
	put(P{1, 2})
	seen[P{1, 2}]++
	fmt.Println(get(P{1, 2}), seen[P{1, 2}], len(seen))
	put(Color(1))
	seen[Color(1)]++
	var c any = Color(1)
	seen[c]++
	fmt.Println(get(Color(1)), seen[Color(1)], seen[c], len(seen))
	put(Q{1})
	put(Q{1})
	fmt.Println(get(Q{1}), len(seen))
	put(3.5)
	put(3.5)
	put("s")
	fmt.Println(get(3.5), seen["s"], len(seen))
	del(P{1, 2})
	fmt.Println(len(seen))
	total := 0
	for k, v := range seen {
		switch k := k.(type) {
		case P:
			fmt.Println("P", k.Add(k), v)
		case Color:
			fmt.Println("Color", k, v)
		}
		total += v
	}
	fmt.Println(total)
	p := &P{9, 9}
	put(p)
	put(p)
	fmt.Println(get(p), len(seen))
	clear(seen)
	start := P{0, 0}
	steps := []P{{1, 0}, {0, 1}, {-1, 0}, {0, -1}, {1, 0}}
	fresh := 0
	for _, s := range steps {
		start = start.Add(s)
		if visit(start) {
			fresh++
		}
	}
	fmt.Println(fresh, len(seen))
	m2 := map[any]bool{P{5, 5}: true}
	var k2 any = P{5, 5}
	fmt.Println(m2[k2], m2[P{5, 5}])
}
