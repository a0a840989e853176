//go:build ignore

// Types declared inside a function as the type arguments of the program's
// generic functions and types: grouping by a composite key, a stack of
// local structs, a local named float.
package main

import (
	"fmt"
	"sort"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func show[T any](v T) { fmt.Printf("%v|", v) }

func groupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func id[K any](k K) K { return k }

func main() {
	type pk struct {
		region string
		year   int
	}
	type sale struct {
		region string
		year   int
		amount float64
	}
	sales := []sale{{"n", 2020, 1}, {"s", 2020, 2}, {"n", 2020, 3}, {"n", 2021, 4}}
	g := groupBy(sales, func(s sale) pk { return pk{s.region, s.year} })
	var keys []pk
	for k := range g {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].region != keys[j].region {
			return keys[i].region < keys[j].region
		}
		return keys[i].year < keys[j].year
	})
	for _, k := range keys {
		total := 0.0
		for _, s := range g[k] {
			total += s.amount
		}
		fmt.Println(k, len(g[k]), total)
	}
	show(pk{"x", 1})
	show([]pk{{"y", 2}})
	fmt.Println()
	var st Stack[pk]
	st.Push(pk{"a", 1})
	st.Push(pk{"b", 2})
	fmt.Println(st.Pop(), st.Pop())
	type celsius float64
	fmt.Println(Map([]celsius{1, 2}, func(c celsius) string { return fmt.Sprint(c * 2) }))
	fmt.Println(id(pk{"z", 3}), id[pk](pk{"w", 4}))
}
