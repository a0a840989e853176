//go:build ignore

package main

import "fmt"

type I interface{ M() string }

type impl struct{}

func (impl) M() string { return "impl" }

type W struct{ I }

type P struct{ *W }

type Loud struct{ I }

func (l Loud) M() string { return "LOUD " + l.I.M() }

func main() {
	var x I = W{impl{}}
	w, ok := x.(W)
	fmt.Println(x.M(), w.M(), ok)
	switch v := x.(type) {
	case W:
		fmt.Println("W", v.M())
	}
	var y I = Loud{W{impl{}}}
	fmt.Println(y.M())
	if l, ok := y.(Loud); ok {
		fmt.Println(l.I.M())
	}
	var z I = &W{impl{}}
	_, ok = z.(*W)
	fmt.Println(ok, z.M())
}
