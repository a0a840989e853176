//go:build ignore

// goto out of nested ranges over functions, and to the label of the loop.
package main

import (
	"fmt"
	"slices"
)

func find(words []string) (string, int) {
	n := 0
	for i, a := range slices.All(words) {
		for b := range slices.Values(words) {
			n++
			if a+b == "cd" {
				goto found
			}
		}
		_ = i
	}
	return "none", n
found:
	return "found", n
}

func main() {
	fmt.Println(find([]string{"a", "b", "c", "d"}))
	fmt.Println(find([]string{"a", "b"}))
	count := 0
again:
	for v := range slices.Values([]int{1, 2, 3}) {
		for w := range slices.Values([]int{1, 2}) {
			count++
			if count == 2 && v == 1 && w == 2 {
				goto again
			}
		}
	}
	fmt.Println(count)
	for a := range slices.Values([]string{"x", "e"}) {
		for b := range slices.Values([]string{"a", "x"}) {
			if a == "e" {
				goto done
			}
			fmt.Print(a, b, " ")
		}
	}
done:
	fmt.Println()
	attempts := 0
retry:
	for v := range slices.Values([]int{0, 1, 2}) {
		if v == 1 && attempts < 1 {
			attempts++
			goto retry
		}
		fmt.Println(v, attempts)
	}
}
