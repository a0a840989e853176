//go:build ignore

// The operands of a call, a literal, an operator, an assignment: Go's
// compiler makes the calls first, then reads the other operands (an
// element printed next to the Pop that removes it, a map entry next to
// the call that sets it); len and cap are taken in order.

package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

var x = 1

func inc() int { x++; return x }

var cache = map[string]int{}

func compute(k string) int { cache[k] = len(k) * 10; return len(k) }

func pair(a, b int) string { return fmt.Sprint(a, "/", b) }

func main() {
	st := &Stack{}
	for i := 1; i <= 6; i++ {
		st.Push(i)
	}
	fmt.Println("bottom", st.items[0], "popped", st.Pop(), "size", len(st.items))
	fmt.Println(st.items[0], st.Pop(), st.items)
	fmt.Println(len(st.items), st.Pop())

	fmt.Println(x+1, inc(), x*10+inc())
	y := x*10 + inc()
	fmt.Println(y)
	a, b := -x, inc()
	fmt.Println(a, b)
	fmt.Println([]int{x + 1, inc()}, pair(x+0, inc()))

	fmt.Println(cache["abc"], compute("abc"))

	s := []int{1, 2, 3, 4}
	pop := func() int { v := s[0]; s = s[1:]; return v }
	fmt.Println(s[0], pop(), cap(s), pop())
	m := map[string]int{"k": 1}
	bump := func() int { m["k"] += 100; return 0 }
	fmt.Printf("%d %d\n", m["k"], bump())
	total := 0
	for i := 0; i < 1; i++ {
		total += s[0] * pop()
	}
	fmt.Println(total)
	defer func() { fmt.Println("recovered:", recover()) }()
	z := s[0] + pop()
	fmt.Println(z)
}
