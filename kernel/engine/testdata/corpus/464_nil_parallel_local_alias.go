//go:build ignore

package main

import "fmt"

func main() {
	n, s := 1, []int{1}
	n, s = 2, nil
	fmt.Println(n, s)
	m, k := map[string]int{"a": 1}, 0
	m, k = nil, 3
	fmt.Println(m, k, m == nil)
	var p *int
	var q int
	p, q = nil, 3
	fmt.Println(p, q)
	type T = map[string]int
	t := T{"a": 1}
	fmt.Println(t)
}
