//go:build ignore

// Map literals with elided composite keys next to calls; maps keyed by a
// generic interface; failed assertions to a generic interface.

package main

import "fmt"

type Box struct{ Inner int }

type Getter[T any] interface{ Get() T }

type Const int

func (c Const) Get() int { return int(c) }

type Cell[T any] struct{ v T }

func (c *Cell[T]) Get() T { return c.v }

func f() string { return "x" }
func g() int    { return 7 }

func main() {
	m := map[Box]string{{1}: f()}
	fmt.Println(m)
	m2 := map[[2]int]int{{1, 2}: g()}
	fmt.Println(m2)
	m3 := map[*Box]int{{1}: g()}
	for k, v := range m3 {
		fmt.Println(*k, v)
	}
	s := []Box{{g()}, {3}}
	fmt.Println(s)
	mm := map[string][]Box{"a": {{1}}, f(): {{2}}}
	fmt.Println(mm)

	gm := map[Getter[int]]string{Const(1): "one"}
	fmt.Println(len(gm), gm[Const(1)])
	c := &Cell[int]{4}
	gm[c] = "cell"
	fmt.Println(gm[c], len(gm))
	for k, v := range gm {
		if v == "one" {
			fmt.Println(k.Get(), v)
		}
	}
	defer func() { fmt.Println(recover()) }()
	var a any = &Cell[string]{}
	_, ok := a.(Getter[int])
	fmt.Println(ok)
	_ = a.(Getter[int])
}
