//go:build ignore

// Jumps out of a range-over-func loop's body (goto, labeled break and
// continue) to labels named like a variable or function of the program.
package main

import "fmt"

var done = 5

func gen(yield func(int) bool) {
	_ = yield(1) && yield(2) && yield(3)
}

func end() string { return "end" }

func find(n int) int {
	for i := range gen {
		if i == n {
			goto done
		}
	}
	return -1
done:
	return n * 10
}

func main() {
	fmt.Println(find(2), find(7))
outer:
	for j := range 2 {
		for i := range gen {
			if i == 2 {
				continue outer
			}
			fmt.Println(j, i)
		}
	}
end:
	for i := range gen {
		for range gen {
			if i == 3 {
				break end
			}
		}
		fmt.Println("i", i)
	}
	outer := "v"
	fmt.Println(outer, done, end())
}
