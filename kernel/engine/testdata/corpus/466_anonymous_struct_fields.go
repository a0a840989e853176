//go:build ignore

package main

import "fmt"

func main() {
	x := struct {
		v int
		s string
	}{1, "a"}
	fmt.Printf("%+v\n", x)
	fmt.Printf("%v\n", x)
	fmt.Printf("%#v\n", x)
	fmt.Println(x)
	pts := []struct{ x, y int }{{1, 2}, {3, 4}}
	fmt.Printf("%+v\n", pts)
}
