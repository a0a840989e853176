//go:build ignore

// Type assertions to bool as if, for and case conditions (the interpreter
// took them as true), and case lists whose later expressions are fields,
// calls or indexes.
package main

import "fmt"

type Flag bool

type C struct{ a, b int }

func two() int { return 2 }

func main() {
	var x any = false
	if x.(bool) {
		fmt.Println("true branch")
	} else {
		fmt.Println("false branch")
	}
	switch {
	case x.(bool):
		fmt.Println("case true")
	default:
		fmt.Println("default")
	}
	fmt.Println(x.(bool), !x.(bool))
	var f any = Flag(false)
	m := map[string]any{"k": false}
	if bool(f.(Flag)) || m["k"].(bool) {
		fmt.Println("wrong")
	}
	n := 0
	var y any = true
	for y.(bool) {
		n++
		if n == 3 {
			y = false
		}
	}
	fmt.Println("n", n)
	c := C{1, 2}
	v := 2
	switch v {
	case c.a, c.b:
		fmt.Println("field: hit")
	default:
		fmt.Println("field: miss")
	}
	switch v {
	case 1, two():
		fmt.Println("call: hit")
	default:
		fmt.Println("call: miss")
	}
	arr := [2]int{5, 2}
	switch v {
	case arr[0], arr[1]:
		fmt.Println("index: hit")
	}
}
