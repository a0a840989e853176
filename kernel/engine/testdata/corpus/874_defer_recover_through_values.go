//go:build ignore

// Deferred calls that recover through a package variable holding a
// closure and through an interface of the program; deferred and started
// methods of a value asserted or converted to an interface.
package main

import (
	"fmt"
	"io"
	"sync"
)

var catch = func() {
	if r := recover(); r != nil {
		fmt.Println("caught:", r)
	}
}

var noop = func() { fmt.Println("noop ran") }

func risky() {
	defer catch()
	panic("boom")
}

func calm() {
	defer catch()
	fmt.Println("calm")
}

func notCaught() {
	defer func() { fmt.Println("outer:", recover()) }()
	defer noop()
	panic("passes noop")
}

type Guard struct{ name string }

func (g *Guard) Recover() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "recovered:", r)
	}
}

type Quiet struct{}

func (Quiet) Recover() { fmt.Println("quiet ran") }

type Recoverer interface{ Recover() }

func run(g Recoverer) {
	defer func() { fmt.Println("run's own:", recover()) }()
	defer g.Recover()
	panic("boom in run")
}

type res struct {
	n  string
	wg *sync.WaitGroup
}

func (r *res) Close() error {
	fmt.Println("close", r.n)
	if r.wg != nil {
		r.wg.Done()
	}
	return nil
}

type I interface{ M() }

type c struct{ s string }

func (x c) M() { fmt.Println("M", x.s) }

func main() {
	risky()
	calm()
	notCaught()
	run(&Guard{"g"})
	run(Quiet{})

	var wg sync.WaitGroup
	wg.Add(1)
	var v any = &res{"g1", &wg}
	go v.(io.Closer).Close()
	wg.Wait()
	wg.Add(1)
	go io.Closer(&res{"g2", &wg}).Close()
	wg.Wait()
	var a any = c{"x"}
	defer a.(I).M()
	defer I(c{"w"}).M()
	defer any(c{"y"}).(I).M()
	defer io.Closer(&res{n: "d1"}).Close()
	var v2 any = &res{n: "d2"}
	defer v2.(io.Closer).Close()
	fmt.Println("body")
}
