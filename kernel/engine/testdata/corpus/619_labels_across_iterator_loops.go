//go:build ignore

// Labeled break and continue across nested ranges over functions (and
// plain loops between them), and returns out of both.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	xs := []int{1, 2, 3}
outer:
	for a := range slices.Values(xs) {
		for b := range slices.Values(xs) {
			if a*b == 6 {
				fmt.Println("found", a, b)
				break outer
			}
		}
	}
	fmt.Println("done")
rows:
	for i, a := range slices.All(xs) {
		for b := range slices.Values(xs) {
			if b > a {
				continue rows
			}
			fmt.Print(i, a, b, " ")
		}
	}
	fmt.Println()
top:
	for a := range slices.Values(xs) {
		for i := 0; i < 3; i++ {
			for b := range slices.Values(xs) {
				if b == 2 {
					continue top
				}
				if a == 3 {
					break top
				}
				fmt.Print(a, i, b, " ")
			}
		}
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2}
all:
	for _, x := range []int{10, 20} {
		for k := range maps.Keys(m) {
			for v := range slices.Values(xs) {
				if x == 20 {
					break all
				}
				if v == 2 {
					continue all
				}
				_ = k
			}
		}
	}
	fmt.Println("end")
	find := func() (int, int) {
		for a := range slices.Values(xs) {
			for b := range slices.Values(xs) {
				if a+b == 5 {
					return a, b
				}
			}
		}
		return 0, 0
	}
	fmt.Println(find())
mid:
	for a := range slices.Values(xs) {
		for j := 0; j < 2; j++ {
			for b := range slices.Values(xs) {
				if b == 2 {
					continue mid
				}
				fmt.Print(a, j, b, ";")
			}
		}
	}
	fmt.Println()
}
