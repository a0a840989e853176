//go:build ignore

// Calls of methods on values, pointers, fields, elements and map entries
// of the program's types, chained, variadic, with tuple arguments, deferred,
// and on nil pointers.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Acc struct {
	n   int
	log []string
}

func (a *Acc) Add(x int) *Acc { a.n += x; a.log = append(a.log, fmt.Sprint("+", x)); return a }
func (a Acc) Total() int      { return a.n }
func (a *Acc) Sum(xs ...int) int {
	for _, x := range xs {
		a.n += x
	}
	return a.n
}
func (a *Acc) Pair() (int, int)  { return a.n, len(a.log) }
func (a *Acc) Both(x, y int) int { return x + y + a.n }

type Inner struct{ v int }

func (i *Inner) Inc() { i.v++ }

type Outer struct {
	Inner
	arr [2]Acc
}

type Board struct {
	w, h  int
	cells []bool
}

func (b *Board) At(x, y int) bool { return b.cells[y*b.w+x] }
func (b *Board) Set(x, y int)     { b.cells[y*b.w+x] = true }
func (b Board) Count() (n int) {
	for _, c := range b.cells {
		if c {
			n++
		}
	}
	return
}

func main() {
	c := Celsius(100)
	fmt.Println(c.F(), Celsius(0).F())
	var a Acc
	a.Add(2).Add(3)
	a.Add(4)
	fmt.Println(a.Total(), a.log)
	p := &a
	fmt.Println(p.Total(), p.Sum(1, 2), p.Sum([]int{3}...))
	fmt.Println(p.Both(p.Pair()))
	var o Outer
	o.Inc()
	o.Inner.Inc()
	o.arr[1].Add(5)
	fmt.Println(o.v, o.arr[1].n, o.arr[1].Total())
	m := map[string]*Acc{"k": {}}
	m["k"].Add(9)
	fmt.Println(m["k"].n, m["k"].Total())
	accs := []Acc{{}, {}}
	for i := range accs {
		accs[i].Add(i + 1)
	}
	fmt.Println(accs[0].n, accs[1].n, accs[1].Total())
	b := &Board{w: 3, h: 3, cells: make([]bool, 9)}
	b.Set(1, 1)
	b.Set(2, 0)
	fmt.Println(b.At(1, 1), b.At(0, 0), b.Count(), (*b).Count())
	defer a.Add(100)
	f := a.Total
	fmt.Println(f(), strings.Repeat("=", (&Acc{n: 3}).Total()))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nb *Board
		nb.Set(0, 0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *Acc
		np.Total()
	}()
}
