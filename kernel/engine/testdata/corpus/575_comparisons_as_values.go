//go:build ignore

package main

import "fmt"

func same(a, b error) any { return a == b }

func main() {
	e := fmt.Errorf("x")
	fmt.Println(same(e, e))
	m := map[string]any{}
	var p, q any = 1, 1
	m["eq"] = p == q
	fmt.Println(m)
}
