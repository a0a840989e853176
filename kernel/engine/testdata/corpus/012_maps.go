//go:build ignore

package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)
	v1 := m["k1"]
	fmt.Println("v1:", v1)
	v3 := m["k3"]
	fmt.Println("v3:", v3)
	fmt.Println("len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	_, prs := m["k2"]
	fmt.Println("prs:", prs)
	clear(m)
	fmt.Println("cleared:", m, len(m))

	n := map[string]int{"foo": 1, "bar": 2, "baz": 3, "qux": 4}
	fmt.Println("map:", n)
	for _, k := range slices.Sorted(maps.Keys(n)) {
		fmt.Println(k, n[k])
	}
	vals := slices.Sorted(maps.Values(n))
	fmt.Println(vals)
	n2 := map[string]int{"foo": 1, "bar": 2, "baz": 3, "qux": 4}
	fmt.Println(maps.Equal(n, n2))
	c := maps.Clone(n)
	c["zed"] = 26
	fmt.Println(len(n), len(c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)

	nested := map[string][]string{}
	nested["fruits"] = append(nested["fruits"], "apple", "pear")
	nested["veg"] = append(nested["veg"], "kale")
	fmt.Println(nested)

	type key struct{ x, y int }
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[key{1, 2}], grid[key{0, 0}], len(grid))

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	keys := slices.Collect(maps.Keys(counts))
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%c=%d ", k, counts[k])
	}
	fmt.Println()
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap))
	inc := map[string]*int{}
	x := 1
	inc["a"] = &x
	*inc["a"]++
	fmt.Println(x)
	ms := map[string]struct{ n int }{"a": {1}}
	e := ms["a"]
	e.n = 5
	ms["a"] = e
	fmt.Println(ms)
	collected := maps.Collect(maps.All(map[int]string{1: "one", 2: "two"}))
	fmt.Println(collected)
	ins := map[string]int{}
	maps.Insert(ins, maps.All(map[string]int{"z": 26}))
	fmt.Println(ins)
}
