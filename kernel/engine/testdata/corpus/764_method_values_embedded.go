//go:build ignore

// Method values promoted through an embedded pointer and then an embedded
// value or interface copy their receiver when they are made.
package main

import "fmt"

type Inner struct{ v int }

func (i Inner) Val() int { return i.v }

type Mid struct{ Inner }
type Outer struct{ *Mid }

type I interface{ M() string }
type A struct{ s string }

func (a A) M() string { return a.s }

type S struct{ I }
type P struct{ *S }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }

type Service struct{ Logger }
type API struct{ *Service }

func main() {
	o := Outer{&Mid{Inner{3}}}
	f := o.Val
	o.v = 10
	fmt.Println(f(), o.Val())
	p := P{&S{A{"x"}}}
	g := p.M
	p.I = A{"y"}
	fmt.Println(g(), p.M())
	a := API{&Service{Logger{"[old] "}}}
	log := a.Log
	a.prefix = "[new] "
	fmt.Println(log("hi"), a.Log("hi"))
	fs := []func() int{}
	for i := range 3 {
		o.v = i
		fs = append(fs, o.Val)
	}
	for _, h := range fs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	var s S
	m := s.M
	fmt.Println("not reached", m)
}
