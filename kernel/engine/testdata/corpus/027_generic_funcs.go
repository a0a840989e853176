//go:build ignore

package main

import (
	"fmt"
	"strconv"
	"strings"
)

func SlicesIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
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

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

type IDs []int

func main() {
	var s = []string{"foo", "bar", "zoo"}
	fmt.Println("index of zoo:", SlicesIndex(s, "zoo"))
	_ = SlicesIndex[[]string, string](s, "zoo")
	fmt.Println(SlicesIndex(IDs{4, 5, 6}, 6))
	nums := []int{1, 2, 3, 4, 5}
	strs := Map(nums, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	fmt.Println(Map(strs, func(s string) string { return strings.Repeat(s, 2) }))
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Reduce(nums, 0, func(a, n int) int { return a + n }))
	fmt.Println(Reduce(nums, "", func(a string, n int) string { return a + strconv.Itoa(n) }))
	fmt.Println(len(Keys(map[string]bool{"a": true, "b": false})))
	p := MakePair("age", 42)
	fmt.Printf("%+v %T\n", p, p)
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	ip := Ptr(5)
	fmt.Println(*ip, *Ptr("s"))
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println(lens)
}
