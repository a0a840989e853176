//go:build ignore

package main

import "fmt"

func neg(x int) any  { return -x }
func mod(x int) any  { return x % 4 }
func shr(x int) any  { return x >> 1 }
func not(b bool) any { return !b }

type S struct{ V any }

func main() {
	fmt.Println(neg(3), mod(7), shr(8), not(true))
	x := 6
	var b any
	b = -x
	fmt.Println(b, "end")
	m := map[string]any{}
	m["k"] = ^x
	s := S{}
	s.V = x << 2
	sl := []any{0}
	sl[0] = -x
	p := new(any)
	*p = x % 5
	fmt.Println(m, s, sl, *p)
	var e fmt.Stringer
	_ = e
	var f float64 = 2.5
	var fa any
	fa = -f
	fmt.Println(fa)
}
