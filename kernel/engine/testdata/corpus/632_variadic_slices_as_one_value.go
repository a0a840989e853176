//go:build ignore

// A []any passed to a ...any parameter without ... is one value; f(nil...).
package main

import "fmt"

func count(args ...any) int { return len(args) }

func count2(prefix string, args ...any) string { return fmt.Sprint(prefix, len(args), args) }

func ints(xs ...int) int { return len(xs) }

type L struct{}

func (L) Log(args ...any) int { return len(args) }

func main() {
	row := []any{1, "a", true}
	fmt.Println(count(row), count(row...))
	var err error
	fmt.Println(count(err), count(nil, nil), count(nil), count())
	fmt.Println(count2("p", row), count2("p", row...), count2("q"))
	var l L
	fmt.Println(l.Log(row), l.Log(row...), l.Log([]int{1, 2}))
	var empty []any
	fmt.Println(count(empty), count(empty...), ints(nil...), ints([]int(nil)...))
	f := count
	fmt.Println(f(row), f(row...))
}
