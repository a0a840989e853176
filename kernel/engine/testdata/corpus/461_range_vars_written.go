//go:build ignore

package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
		i *= 10
	}
	fmt.Println()
	for i, v := range []string{"a", "b", "c"} {
		fmt.Print(i, v, " ")
		i += 5
	}
	fmt.Println()
}
