//go:build ignore

// A call of a generic function of the standard library as the left
// operand of && or || (if slices.Contains(xs, v) && …) gives its result.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func has3(r []int) bool { return slices.Contains(r, 3) && len(r) > 0 }

func main() {
	row := []int{3, 1}
	fmt.Println(has3(row), has3(nil))
	ok := slices.Index(row, 1) == 1 || false
	fmt.Println(ok)
	if slices.Contains(row, 3) && ok {
		fmt.Println("found")
	}
	if !slices.Contains(row, 3) || slices.Max(row) == 3 && slices.Equal(row, row) {
		fmt.Println("max is 3")
	}
	fmt.Println(maps.Equal(map[string]int{"a": 1}, map[string]int{"a": 1}) && !slices.IsSorted(row))
	for i := 0; slices.Index(row, i) < 0 && i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	seen := []string{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		if !slices.Contains(seen, w) || w == "c" {
			seen = append(seen, w)
		}
	}
	fmt.Println(seen)
}
