//go:build ignore

// Functions returning one of the program's interfaces together with an
// operation (a concatenation, a sum, a comparison): a state machine's
// Next returning the next state and a message.
package main

import (
	"fmt"
	"strings"
)

type State interface {
	Next(cmd string) (State, string)
}

type Idle struct{}

type Running struct{ ticks int }

func (Idle) Next(cmd string) (State, string) {
	if cmd == "start" {
		return &Running{}, "started " + cmd
	}
	return Idle{}, "ignored " + cmd
}

func (r *Running) Next(cmd string) (State, string) {
	switch cmd {
	case "tick":
		r.ticks++
		return r, fmt.Sprint("tick ", r.ticks)
	case "stop":
		return Idle{}, "stopped after " + fmt.Sprint(r.ticks)
	}
	return r, "running " + strings.ToUpper(cmd)
}

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func three(v int) (Shape, int, bool) { return Sq{float64(v)}, v + 1, v > 2 }

func none(v string) (Shape, string) { return nil, v + "!" }

type Counter struct{ count int }

func (c *Counter) next() Shape { c.count++; return Sq{float64(c.count)} }

// Go makes the calls of a return's list first, then reads the rest.
func readFirst(c *Counter) (int, Shape) { return c.count + 1, c.next() }

func callFirst(c *Counter) (Shape, int) { return c.next(), c.count + 1 }

type Grower struct{ n int }

func (g Grower) Area() float64 { return float64(g.n) }

func (g *Grower) Grow() int { g.n += 10; return g.n }

// The call through the variable's address comes first too.
func grown() (Shape, int) { v := Grower{2}; return v, v.Grow() }

func conv() (int, int) {
	x := 1
	f := func() int { x = 3; return 0 }
	return int(x), int(f())
}

func main() {
	fmt.Println(grown())
	fmt.Println(conv())
	c := &Counter{}
	fmt.Println(readFirst(c))
	fmt.Println(callFirst(c))
	var st State = Idle{}
	for _, c := range []string{"tick", "start", "tick", "tick", "jump", "stop"} {
		var msg string
		st, msg = st.Next(c)
		fmt.Printf("%T %s\n", st, msg)
	}
	s, n, big := three(3)
	fmt.Println(s.Area(), n, big)
	sh, m := none("x")
	fmt.Println(sh == nil, m)
	f := func(v int) (Shape, int) { return Sq{2}, v * 10 }
	fs, fv := f(4)
	fmt.Println(fs, fv)
}
