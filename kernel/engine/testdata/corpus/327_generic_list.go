//go:build ignore

package main

import (
	"fmt"
	"iter"
	"strings"
)

type List[T any] struct {
	head, tail *element[T]
	len        int
}

type element[T any] struct {
	val  T
	next *element[T]
}

func (l *List[T]) PushBack(v T) *List[T] {
	e := &element[T]{val: v}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.len++
	return l
}

func (l *List[T]) PushFront(v T) *List[T] {
	l.head = &element[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.len++
	return l
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *element[T]
	l.tail = l.head
	for e := l.head; e != nil; {
		next := e.next
		e.next = prev
		prev, e = e, next
	}
	l.head = prev
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for v := range l.All() {
		out.PushBack(f(v))
	}
	return out
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

func Collect[T any](seq iter.Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func (l *List[T]) String() string {
	var parts []string
	for v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

func main() {
	l := &List[int]{}
	for i := range 6 {
		l.PushBack(i * i)
	}
	l.PushFront(-1)
	fmt.Println(l, l.len)
	l.Reverse()
	fmt.Println(l)
	evens := Collect(Filter(l.All(), func(n int) bool { return n%2 == 0 }))
	fmt.Println(evens)
	strs := Map(l, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(strs, strs.len)
	for s := range strs.All() {
		if s == "<4>" {
			break
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
	var empty List[string]
	fmt.Println(empty.String(), Collect(empty.All()) == nil)
}
