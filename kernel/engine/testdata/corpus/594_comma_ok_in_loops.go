//go:build ignore

// Comma-ok map lookups and type assertions declaring their variables in a
// loop give the zero value on a miss (the interpreter kept the previous
// iteration's value).
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name string
	Qty  int
}

func main() {
	stock := map[string]Item{"pen": {"pen", 3}}
	for _, k := range []string{"pen", "ink", "pen", "cap"} {
		it, ok := stock[k]
		fmt.Println(k, it, ok)
	}
	counts := map[string]int{}
	var order []string
	for _, w := range strings.Fields("the cat the hat a cat the") {
		n, seen := counts[w]
		if !seen {
			order = append(order, w)
		}
		counts[w] = n + 1
	}
	sort.Strings(order)
	for _, w := range order {
		fmt.Print(w, "=", counts[w], " ")
	}
	fmt.Println()
	for _, x := range []any{5, "s", 7, 2.5, nil} {
		n, ok := x.(int)
		s, isStr := x.(string)
		fmt.Printf("%d %v %q %v\n", n, ok, s, isStr)
	}
	for i := 0; i < 3; i++ {
		if v, ok := stock[[]string{"pen", "x", "pen"}[i]]; ok {
			fmt.Println("if", v.Qty)
		} else {
			fmt.Println("else", v, ok)
		}
		var w, found = counts[[]string{"the", "zzz", "cat"}[i]]
		fmt.Println("var", w, found)
	}
}
