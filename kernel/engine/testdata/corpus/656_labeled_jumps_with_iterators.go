//go:build ignore

// Labeled jumps from capturing loops nested in ranges over
// iterators and sorted keys.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	var fs []func() string
keys:
	for _, k := range slices.Sorted(maps.Keys(m)) {
		for i := range 3 {
			if i == m[k] {
				continue keys
			}
			if k == "c" && i == 1 {
				break keys
			}
			fs = append(fs, func() string { return fmt.Sprint(k, i) })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = nil
it:
	for k := range maps.Keys(map[string]int{"x": 1}) {
		for i := range 3 {
			if i == 2 {
				continue it
			}
			fs = append(fs, func() string { return fmt.Sprint(k, i) })
		}
		fmt.Println("not reached")
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = nil
	for k := range slices.Values([]string{"p", "q"}) {
	in:
		for j := range 2 {
			for i := range 3 {
				if i == 2 {
					continue in
				}
				if k == "q" {
					break in
				}
				fs = append(fs, func() string { return fmt.Sprint(k, j, i) })
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
