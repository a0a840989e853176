//go:build ignore

// Struct fields of the standard library's generic types instantiated
// with types declared after them, or with instances of the program's
// generic types (a lock-free stack of atomic.Pointer[node[T]]).
package main

import (
	"fmt"
	"sync/atomic"
	"unique"
)

type Stack[T any] struct {
	head atomic.Pointer[node[T]]
	n    atomic.Int64
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (s *Stack[T]) Push(v T) {
	for {
		h := s.head.Load()
		if s.head.CompareAndSwap(h, &node[T]{v, h}) {
			s.n.Add(1)
			return
		}
	}
}

func (s *Stack[T]) Pop() (T, bool) {
	h := s.head.Load()
	if h == nil {
		var zero T
		return zero, false
	}
	s.head.Store(h.next)
	s.n.Add(-1)
	return h.v, true
}

type Box[T any] struct{ V T }

type Interned struct {
	h unique.Handle[Box[int]]
}

type Plain struct {
	cur atomic.Pointer[Config]
}

type Config struct{ Name string }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.n.Load())
	i := Interned{unique.Make(Box[int]{3})}
	fmt.Println(i.h.Value().V, i.h == unique.Make(Box[int]{3}))
	var p Plain
	p.cur.Store(&Config{"x"})
	fmt.Println(p.cur.Load().Name)
}
