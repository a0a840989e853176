//go:build ignore

// Declared functions returned as values (return dbl, return
// cmp.Compare, return Double, return ident[T]).
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func dbl(x string) string { return x + x }

func pick() func(string) string { return dbl }

func Double[T ~int | ~string](x T) T { return x + x }

func pickG() func(string) string { return Double }

func byDefault() func(a, b string) int { return cmp.Compare }

func choose(up bool) (func(string) string, error) {
	if up {
		return strings.ToUpper, nil
	}
	return Double[string], nil
}

func main() {
	fmt.Println(pick()("xy"), pickG()("ab"))
	xs := []string{"b", "a"}
	slices.SortFunc(xs, byDefault())
	fmt.Println(xs)
	f, _ := choose(true)
	g, _ := choose(false)
	fmt.Println(f("q"), g("r"))
}

func ident[T any](x T) T { return x }

func mk[T any]() func(T) T { return ident[T] }

func mk2[T any]() func(T) T { return ident }

func init() {
	fmt.Println(mk[int]()(4), mk2[string]()("s"))
}
