//go:build ignore

package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	fmt.Println(total)
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func printAll(prefix string, vals ...any) {
	fmt.Println(prefix, len(vals), vals)
	fmt.Println(vals...)
}

func main() {
	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	sum()
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join(","))
	printAll("mixed:", 1, "two", 3.0, nil)
	printAll("none:")
	args := []any{"x", 1}
	printAll("spread:", args...)
	modify := func(xs ...int) { xs[0] = 99 }
	modify(nums...)
	fmt.Println(nums)
}
