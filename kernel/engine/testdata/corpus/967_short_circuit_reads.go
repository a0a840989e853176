//go:build ignore

// && and || whose right operand changes the variable the left one read:
// the result is the value read first, in expressions, conditions and
// loops.

package main

import "fmt"

type state struct{ ok bool }

var ready = true

func main() {
	b := true
	f := func() bool { b = false; return true }
	fmt.Println(b && f())
	c := false
	g := func() bool { c = true; return false }
	fmt.Println(c || g())
	d := true
	h := func() bool { d = false; return true }
	if d && h() {
		fmt.Println("then")
	} else {
		fmt.Println("else")
	}
	e := true
	k := func() bool { e = false; return true }
	for e && k() {
		fmt.Println("once")
	}
	s := &state{ok: true}
	flip := func() bool { s.ok = !s.ok; return true }
	r := s.ok && flip()
	fmt.Println(r, s.ok)
	arr := []bool{true}
	clear0 := func() bool { arr[0] = false; return true }
	fmt.Println(arr[0] && clear0(), arr[0])
	stop := func() bool { ready = false; return true }
	fmt.Println(ready && stop(), ready)
	n := 3
	dec := func() bool { n--; return true }
	fmt.Println(n > 2 && dec(), n)
}
