//go:build ignore

// Parameters and locals of generic functions named like the types their
// instances are made with (key func(T) K with a type key).
package main

import "fmt"

type key struct{ A string }

type T int

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, v := range xs {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

func Zero[K any](T string) K {
	var z K
	return z
}

func Make[K any](v K) []K {
	T := 3
	out := make([]K, 0, T)
	return append(out, v)
}

func main() {
	m := GroupBy([]string{"a", "b", "a"}, func(s string) key { return key{s} })
	fmt.Println(len(m), m[key{"a"}])
	fmt.Println(Zero[T]("x"), Make(T(1)), Make(key{"z"}))
}
