//go:build ignore

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Numeric interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Numeric](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Numeric](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, v := range s {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Celsius float64
type Scores []int

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]Celsius{20, 22.5}))
	fmt.Printf("%.3f %T\n", Mean(Scores{90, 85, 77}), Sum([]Celsius{1}))
	fmt.Println(Map(Scores{1, 2, 3}, strconv.Itoa), Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
	fmt.Println(Reduce([]string{"go", "is", "fun"}, "", func(acc, s string) string {
		if acc == "" {
			return s
		}
		return acc + " " + s
	}))
	words := strings.Fields("apple avocado banana blueberry cherry cranberry coconut")
	groups := GroupBy(words, func(w string) byte { return w[0] })
	for _, k := range Keys(groups) {
		fmt.Printf("%c: %v\n", k, groups[k])
	}
	for _, p := range Zip([]string{"x", "y", "z"}, []float64{1.5, 2.5}) {
		fmt.Printf("%+v ", p)
	}
	fmt.Println()
	fmt.Println(slices.MaxFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))
	fmt.Println(cmp.Or("", "default"), min(3, 1, 2), max(2.5, 1))
}
