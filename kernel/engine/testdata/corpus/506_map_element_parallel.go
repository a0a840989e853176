//go:build ignore

package main

import "fmt"

func one() int { return 1 }

type T struct{ m map[string][]int }

func main() {
	m := map[string]int{}
	var y int
	m["a"], y = one(), 2
	fmt.Println(m, y)
	m["b"], m["c"] = 2, one()
	fmt.Println(m)
	v := map[string]any{}
	v["a"], v["b"] = 1, "q"
	fmt.Println(v)
	t := T{m: map[string][]int{}}
	k := "x"
	t.m[k], t.m["y"] = []int{1}, append(t.m["y"], 2)
	fmt.Println(t.m)
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	var ok bool
	_, ok = m["zz"]
	fmt.Println(ok)
}
