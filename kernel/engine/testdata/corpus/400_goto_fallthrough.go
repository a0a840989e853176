//go:build ignore

// Control flow corners: goto, fallthrough, labeled break and continue.
package main

import "fmt"

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func grade(score int) []string {
	var notes []string
	switch {
	case score >= 90:
		notes = append(notes, "excellent")
		fallthrough
	case score >= 70:
		notes = append(notes, "passed")
		fallthrough
	case score >= 0:
		notes = append(notes, "graded")
	default:
		notes = append(notes, "invalid")
	}
	return notes
}

func firstPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func retry(attempts int) string {
	i := 0
again:
	i++
	if i < attempts {
		goto again
	}
	return fmt.Sprintf("tried %d times", i)
}

func main() {
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Printf("collatz(%d) = %d\n", n, collatz(n))
	}
	for _, s := range []int{95, 75, 10, -5} {
		fmt.Println(s, grade(s))
	}

	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(firstPair(grid, 6))
	fmt.Println(firstPair(grid, 10))

	// Labeled continue skips the rest of a row.
	var kept []int
rows:
	for _, row := range grid {
		for _, v := range row {
			if v%4 == 0 {
				continue rows
			}
			kept = append(kept, v)
		}
	}
	fmt.Println("kept:", kept)

	// Labeled break out of a switch inside a for.
	n := 0
outer:
	for {
		switch {
		case n > 3:
			break outer
		default:
			n++
		}
	}
	fmt.Println("n:", n)

	// Switch with init statement and multiple values in a case.
	switch c := "b"; c {
	case "a", "b":
		fmt.Println("a or b")
		fallthrough
	case "z":
		fmt.Println("fell into z")
	}
	fmt.Println(retry(4))
}
