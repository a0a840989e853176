//go:build ignore

// Decorators: structs embedding an interface, generic on either side,
// asserted back from that interface and matched in type switches.
package main

import (
	"fmt"
	"strings"
)

type Getter[V any] interface{ Get() V }

type Wrap[V any] struct{ Getter[V] }

type Logged struct{ Getter[string] }

type Store interface{ Load(k string) string }

type Cached[K comparable] struct {
	Store
	hits map[K]int
}

type base struct{}

func (base) Get() int { return 1 }

type word struct{ s string }

func (w word) Get() string { return w.s }

type mem struct{}

func (mem) Load(k string) string { return strings.ToUpper(k) }

func unwrap[V any](g Getter[V]) string {
	switch w := g.(type) {
	case Wrap[V]:
		return fmt.Sprint("wrap of ", w.Getter.Get())
	}
	return fmt.Sprint("plain ", g.Get())
}

func main() {
	var g Getter[int] = Wrap[int]{base{}}
	w, ok := g.(Wrap[int])
	fmt.Println(ok, w.Get(), unwrap(g), unwrap[int](base{}))
	var s Getter[string] = Logged{word{"hi"}}
	l, ok := s.(Logged)
	fmt.Println(ok, l.Get())
	var st Store = Cached[string]{Store: mem{}, hits: map[string]int{}}
	if c, ok := st.(Cached[string]); ok {
		c.hits["a"]++
		fmt.Println(c.Load("a"), c.hits)
	}
}
