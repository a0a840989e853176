//go:build ignore

package main

import "fmt"

type Value interface{ isValue() }

type List []int

func (List) isValue() {}

type Table map[string]int

func (Table) isValue() {}

type Holder struct{ V Value }

func main() {
	var vs []Value
	for i := range 3 {
		vs = append(vs, List{0})
		vs[i].(List)[0] = i
	}
	fmt.Println(vs)
	m := map[int]Value{}
	var hs []Holder
	for i := range 3 {
		m[i] = Table{}
		m[i].(Table)["k"] = i
		h := Holder{}
		h.V = Table{}
		h.V.(Table)["h"] = i
		hs = append(hs, h)
		var v Value
		v = List{i}
		vs = append(vs, v)
	}
	fmt.Println(m, hs, vs)
}
