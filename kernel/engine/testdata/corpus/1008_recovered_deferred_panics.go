//go:build ignore

// A deferred call that panics after return set the results, recovered by
// a call deferred before it: the function returns what return gave, named
// results or not, also when the panicking call was deferred in a block.
package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func two(fail bool) (int, error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	defer func() {
		if fail {
			panic("late")
		}
	}()
	if fail {
		return 1, errors.New("early")
	}
	return 2, nil
}

func swap(a, b int) (x, y int) {
	defer func() { recover() }()
	defer func() { panic("p") }()
	x, y = a, b
	return y, x
}

func shadow(c bool) (n int) {
	defer func() { recover() }()
	if c {
		defer func() { n *= 10; panic("q") }()
	}
	{
		n := 3
		return n + 1
	}
}

func bare() (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("wrapped: %v", r)
		}
	}()
	s = "partial"
	defer func() { panic("boom") }()
	return
}

func iface(c bool) error {
	defer func() { recover() }()
	defer func() {
		if c {
			panic("x")
		}
	}()
	return &E{"e"}
}

func f() int {
	defer func() { recover() }()
	defer func() { panic("x") }()
	return 5
}

func g(c bool) (s string) {
	defer func() { recover() }()
	if c {
		defer func() { panic("y") }()
	}
	return "ok"
}

type S struct{ A, B int }

func lit() S {
	defer func() { recover() }()
	defer func() { panic("x") }()
	return S{4, 5}
}

func three() int {
	defer fmt.Println("a")
	defer fmt.Println("b")
	defer fmt.Println("c")
	return 1
}

func chains(n int) (int, error) {
	defer func() { fmt.Println("first", recover()) }()
	defer func() { fmt.Println("second") }()
	if n > 0 {
		defer func() { panic("third") }()
	}
	defer func() { fmt.Println("fourth") }()
	return n * 2, nil
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() (r T) {
	defer func() { recover() }()
	defer func() { panic("g") }()
	return b.v
}

func (b Box[T]) Pair() (T, error) {
	defer func() { recover() }()
	defer func() { panic("p") }()
	return b.v, nil
}

func G[T any](v T) T {
	defer func() { recover() }()
	defer func() { panic("g") }()
	return v
}

func H[K comparable, V any](m map[K]V, k K) (V, bool) {
	defer fmt.Println("h1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	if len(m) == 0 {
		defer func() { panic("empty") }()
	}
	v, ok := m[k]
	return v, ok
}

func main() {
	fmt.Println(lit(), three())
	fmt.Println(chains(1))
	fmt.Println(chains(0))
	fmt.Println(f())
	fmt.Println(g(true), g(false))
	fmt.Println(two(true))
	fmt.Println(two(false))
	fmt.Println(swap(1, 2))
	fmt.Println(shadow(true), shadow(false))
	fmt.Println(bare())
	fmt.Println(iface(true), iface(false))
	for i := 0; i < 3; i++ {
		fmt.Println(two(i == 1))
	}
	b := &Box[string]{"s"}
	fmt.Println(G(5), G("x"), b.Get())
	fmt.Println(Box[int]{3}.Pair())
	fmt.Println(H(map[string]int{"a": 1}, "a"))
	fmt.Println(H(map[string]int{}, "a"))
}
