//go:build ignore

package main

import (
	"fmt"
	"slices"
)

type Matrix []int

func main() {
	a := Matrix{1, 2}
	mlist := []any{slices.Clone(a)}
	fmt.Println(mlist)
	m := map[string]any{"k": slices.Clone(a), "c": slices.Concat(a, a)}
	fmt.Println(m)
}
