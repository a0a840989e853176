//go:build ignore

// Several variables of an interface type declared at once with a
// function of the program among their values.
package main

import "fmt"

func g() {}

func h() int { return 3 }

func main() {
	var u, v any = 1, g
	fmt.Println(u != nil, v != nil)
	a, b := any(2), any(h)
	fmt.Println(a, b != nil)
	var x, y any = h, 5
	fmt.Println(x != nil, y)
}
