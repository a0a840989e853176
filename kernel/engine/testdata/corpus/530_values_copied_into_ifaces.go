//go:build ignore

package main

import "fmt"

type Shape interface{ Area() float64 }

type Len float64

func (l Len) Area() float64 { return float64(l) }

type P struct{ N int }

func (p P) String() string { return fmt.Sprint("P", p.N) }
func (p P) Area() float64  { return float64(p.N) }

type R int

func (r R) String() string { return fmt.Sprint("R", int(r)) }

type Holder struct{ S fmt.Stringer }

func main() {
	l := Len(2)
	var s Shape = l
	l = 5
	s2 := Shape(l)
	l = 6
	fmt.Println(s.Area(), s2.Area())

	p := P{1}
	var st fmt.Stringer = p
	var sh Shape = p
	p.N = 2
	fmt.Println(st, sh.Area())
	st = p
	p.N = 3
	fmt.Println(st)

	var a []fmt.Stringer
	var b []Shape
	m := map[int]fmt.Stringer{}
	h := Holder{}
	for i, x := range []R{1, 2, 3} {
		a = append(a, x)
		m[i] = x
		b = append(b, Len(x))
		if i == 0 {
			h.S = x
		}
	}
	fmt.Println(a, m, b[0].Area(), b[2].Area(), h.S)
	r := R(7)
	var rs fmt.Stringer = r
	r++
	fmt.Println(rs, r)
	ps := []fmt.Stringer{}
	for i := range 3 {
		q := P{i}
		ps = append(ps, q)
		ps[len(ps)-1] = q
	}
	fmt.Println(ps)
}
