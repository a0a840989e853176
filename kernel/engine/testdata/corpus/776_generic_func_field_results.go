//go:build ignore

// Calls of function-typed fields and variables returned with other
// results in generic code (pools, caches, lazy values, histories).
package main

import (
	"errors"
	"fmt"
)

type Lazy[T any] struct{ f func() T }

func (l Lazy[T]) Get() (T, bool) { return l.f(), true }

type Pool[T any] struct {
	items []T
	newFn func() T
}

func (p *Pool[T]) Get() (T, bool) {
	if n := len(p.items); n > 0 {
		it := p.items[n-1]
		p.items = p.items[:n-1]
		return it, true
	}
	return p.newFn(), false
}

type Cache[K comparable, V any] struct {
	m    map[K]V
	conv func(K) V
}

func (c *Cache[K, V]) Load(k K) (V, error) {
	if v, ok := c.m[k]; ok {
		return v, nil
	}
	if c.conv == nil {
		var zero V
		return zero, errors.New("no loader")
	}
	return c.conv(k), nil
}

type History[S any] struct {
	states []S
	clone  func(S) S
}

func (h *History[S]) Save(s S) (int, S) {
	h.states = append(h.states, h.clone(s))
	f := h.clone
	return len(h.states), f(s)
}

type Conf struct{ Level int }

type wrap[T any] struct{ inner struct{ make func() *T } }

func (w wrap[T]) New() (*T, string) { return w.inner.make(), "made" }

func main() {
	fmt.Println(Lazy[int]{func() int { return 5 }}.Get())
	fmt.Println(Lazy[string]{func() string { return "s" }}.Get())
	p := &Pool[*Conf]{newFn: func() *Conf { return &Conf{Level: 1} }}
	c, fresh := p.Get()
	fmt.Println(c.Level, fresh)
	p.items = append(p.items, &Conf{Level: 9})
	c, fresh = p.Get()
	fmt.Println(c.Level, fresh)
	cache := &Cache[string, int]{m: map[string]int{"a": 1}, conv: func(k string) int { return len(k) * 10 }}
	fmt.Println(cache.Load("a"))
	fmt.Println(cache.Load("hello"))
	fmt.Println((&Cache[int, Conf]{}).Load(3))
	h := &History[[]int]{clone: func(s []int) []int { return append([]int(nil), s...) }}
	n, cp := h.Save([]int{1, 2})
	fmt.Println(n, cp)
	var w wrap[Conf]
	w.inner.make = func() *Conf { return &Conf{Level: 3} }
	cf, msg := w.New()
	fmt.Println(cf.Level, msg)
}
