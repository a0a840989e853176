//go:build ignore

// Methods of named func types, generic or not, whose bodies call the
// receiver from a closure, declared after the functions that call them.
package main

import "fmt"

type Pred[T any] func(T) bool

func neg(p Pred[int]) Pred[int] { return p.Not() }

func both(p, q Pred[string]) Pred[string] { return p.And(q) }

func (p Pred[T]) Not() Pred[T] { return func(x T) bool { return !p(x) } }

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(x T) bool { return p(x) && q(x) } }

type Handler func(string) string

func chain(h Handler) Handler { return h.Wrap("[", "]").Wrap("<", ">") }

func (h Handler) Wrap(l, r string) Handler { return func(s string) string { return l + h(s) + r } }

func main() {
	even := Pred[int](func(x int) bool { return x%2 == 0 })
	odd := neg(even)
	fmt.Println(odd(3), odd(4), neg(nil) == nil)
	long := Pred[string](func(s string) bool { return len(s) > 3 })
	hasA := Pred[string](func(s string) bool { return len(s) > 0 && s[0] == 'a' })
	ab := both(long, hasA)
	fmt.Println(ab("apple"), ab("ant"), ab("melon"))
	n := Pred[int].Not
	fmt.Println(n(even)(7))
	up := chain(func(s string) string { return s + "!" })
	fmt.Println(up("hi"))
}
