//go:build ignore

// Redeclaring defines with calls and interface values, shadowed type
// names in function literals, return(x) and range(arr), key ranges over
// type-parameter strings, deferred methods of slice elements in a loop.
package main

import (
	"errors"
	"fmt"
)

type Name string

type Base struct{ id int }

func (b Base) ID() int { return b.id }

type Cell struct{ v int }

func (c *Cell) Bump() { c.v++ }

func bumpAll(g []Cell) {
	for i := range g {
		defer g[i].Bump()
	}
}

func f() int { return 7 }

func g5(x int) int {
	if x > 3 {
		return (x)
	}
	return 0
}

func Idx[S ~string](s S) {
	for i := range s {
		fmt.Print(i, " ")
	}
	for i, r := range s {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
}

func main() {
	x := 0
	x, s := 2, f()
	fmt.Println(x, s)
	c := 0
	c, d := f(), 2
	fmt.Println(c, d)
	var a any = 1
	e := 0
	e, b := 2, a
	fmt.Println(e, b)
	e1 := errors.New("base")
	e1, e2 := fmt.Errorf("wrap: %w", e1), e1
	fmt.Println(e1, e2)
	fn := func(Base Base) int { return Base.ID() * 10 }
	fmt.Println(fn(Base{2}))
	gs := []Cell{{0}, {0}, {0}}
	bumpAll(gs)
	fmt.Println(gs, g5(5))
	Idx("aé b")
	Idx(Name("xé"))
	for i, r := range Name("né") {
		fmt.Print(i, string(r), ";")
	}
	arr := []int{1, 2}
	for i := range arr {
		fmt.Print(i)
	}
	switch x {
	case (2):
		fmt.Println(" two")
	}
}
