//go:build ignore

package main

import "fmt"

func main() {
	xs := []string{"a", "b", "c"}
	var i int
	var s string
	for i = range xs {
	}
	fmt.Println(i)
	for i, s = range xs {
	}
	fmt.Println(i, s)
	m := map[string]int{"k": 1}
	var k string
	for k = range m {
	}
	fmt.Println(k)
	var r rune
	for i, r = range "xyz" {
	}
	fmt.Println(i, string(r))
	arr := [3]int{1, 2, 3}
	for i = range arr {
		if i == 1 {
			break
		}
	}
	fmt.Println(i)
}
