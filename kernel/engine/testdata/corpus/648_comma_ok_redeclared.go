//go:build ignore

// Comma-ok lookups and assertions that declare their value's name again
// outside a loop: a miss gives the zero value.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	v, ok2 := m["zz"]
	fmt.Println(v, ok, ok2)
	var x any = "s"
	s, isS := x.(string)
	s, isInt := x.(string)
	fmt.Println(s, isS, isInt)
	n, _ := m["a"]
	n, _ = m["b"]
	fmt.Println(n)
	w, found := m["a"]
	_ = found
	w, found2 := m["nope"]
	fmt.Println(w, found2)
}
