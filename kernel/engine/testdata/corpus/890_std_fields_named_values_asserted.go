//go:build ignore

// Values of named non-struct types with String stored in fields of the
// standard library's types (container/list, container/ring,
// atomic.Value) and asserted back to fmt.Stringer or to their type.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"sync/atomic"
)

type Op uint8

func (o Op) String() string { return [...]string{"NOP", "ADD", "SUB"}[o] }

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

func main() {
	l := list.New()
	l.PushBack(Op(1))
	l.PushBack(Name("x"))
	l.PushBack(7)
	for e := l.Front(); e != nil; e = e.Next() {
		s, ok := e.Value.(fmt.Stringer)
		if ok {
			fmt.Println("stringer", s.String())
		} else {
			fmt.Println("plain", e.Value)
		}
	}
	r := ring.New(2)
	r.Value = Op(2)
	r.Next().Value = Name("y")
	r.Do(func(v any) {
		switch v := v.(type) {
		case Op:
			fmt.Println("op", v, uint8(v))
		case fmt.Stringer:
			fmt.Println("stringer", v)
		}
	})
	var av atomic.Value
	av.Store(Op(1))
	s, ok := av.Load().(fmt.Stringer)
	fmt.Println(s, ok)
	o, ok := av.Load().(Op)
	fmt.Println(o, ok)
}
