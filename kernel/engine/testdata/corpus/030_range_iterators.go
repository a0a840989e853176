//go:build ignore

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type List[T any] struct {
	head, tail *element[T]
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
}

func (lst *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("(stopped early)")
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	lst := List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	for e := range lst.All() {
		fmt.Println(e)
	}
	all := slices.Collect(lst.All())
	fmt.Println("all:", all)
	for n := range genFib() {
		if n >= 10 {
			break
		}
		fmt.Println(n)
	}
	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	for n := range countdown(5) {
		if n == 3 {
			break
		}
		fmt.Println("countdown", n)
	}
	evens := Filter(genFib(), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 4)))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values([]int{7, 8}) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for k, v := range maps.All(m) {
		sum += v * len(k)
	}
	fmt.Println("sum", sum)
	fmt.Println(slices.Sorted(maps.Keys(m)))
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  one two   three ") {
		fmt.Print(f, ".")
	}
	fmt.Println()
	next, stop := iter.Pull(genFib())
	defer stop()
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	sortedVals := slices.Sorted(maps.Values(m))
	fmt.Println(sortedVals, slices.Collect(maps.Keys(map[int]bool{})))
	idx := slices.IndexFunc(slices.Collect(Take(genFib(), 10)), func(n int) bool { return n > 20 })
	fmt.Println(idx)
}
