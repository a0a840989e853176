//go:build ignore

// A type assertion as the left operand of || and && (an expression
// evaluator's OR), and a builtin call in an error literal returned from a
// loop among several results.
package main

import "fmt"

type Value any

type E struct{ N int }

func (e *E) Error() string { return fmt.Sprint("bad ", e.N) }

type B bool

func or(l, r Value) (Value, error) { return l.(bool) || r.(bool), nil }

func and(l, r Value) (Value, error) { return l.(bool) && r.(bool), nil }

func check(a []int) (int, error) {
	for i := range a {
		if a[i] < 0 {
			return i, &E{len(a)}
		}
	}
	return 0, nil
}

func main() {
	var l, r any = false, true
	fmt.Println(l.(bool) || r.(bool), r.(bool) && l.(bool))
	m := map[string]any{"f": false, "t": true, "b": B(true)}
	fmt.Println(m["f"].(bool) || m["t"].(bool), m["f"].(bool) || m["b"].(B) == true)
	if l.(bool) || r.(bool) {
		fmt.Println("yes")
	}
	fmt.Println(or(false, true))
	fmt.Println(and(true, true))
	fmt.Println(check([]int{1, -2, 3}))
	fmt.Println(check(nil))
}
