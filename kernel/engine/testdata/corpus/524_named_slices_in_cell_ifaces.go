//go:build ignore

package main

import "fmt"

type H interface{ Handle() int }

type L []int

func (l L) Handle() int { return len(l) }

type F func() int

func (f F) Handle() int { return f() }

type M map[string]int

func (m M) Handle() int { return len(m) }

func main() {
	var h H = L{1}
	_, ok1 := h.(L)
	var h2 H
	h2 = L{1}
	_, ok2 := h2.(L)
	l := L{1}
	_, ok3 := H(l).(L)
	f := F(func() int { return 1 })
	_, ok4 := H(f).(F)
	fmt.Println(ok1, ok2, ok3, ok4)
	var m H = M{"a": 1}
	switch x := m.(type) {
	case M:
		fmt.Println("M", len(x))
	default:
		fmt.Printf("default %T\n", x)
	}
	fmt.Printf("%T %T\n", h, m)
}
