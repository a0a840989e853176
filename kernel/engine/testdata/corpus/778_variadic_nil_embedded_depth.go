//go:build ignore

// Variadic functions called through values, interfaces and method
// expressions with no variadic argument get a nil slice; a pointer method
// promoted through an embedded pointer two levels down satisfies an
// interface for assertions.
package main

import (
	"encoding/json"
	"fmt"
)

type Namer interface{ Name() string }

type Animal struct{ name string }

func (a *Animal) Name() string { return a.name }

type Dog struct{ Animal }

type Puppy struct{ *Dog }

type L struct{}

func (L) M(xs ...int) bool { return xs == nil }

type Logger interface {
	Log(prefix string, args ...any)
}

type printer struct{}

func (printer) Log(prefix string, args ...any) {
	fmt.Println(prefix, args == nil, len(args))
}

func main() {
	// No variadic argument: a nil slice, however the function is called.
	f := func(xs ...int) {
		b, _ := json.Marshal(xs)
		fmt.Printf("%#v %v %s\n", xs, xs == nil, b)
	}
	f()
	f(1, 2)
	var i interface{ M(...int) bool } = L{}
	mv := L{}.M
	me := L.M
	fmt.Println(L{}.M(), i.M(), mv(), me(L{}), i.M(1))
	var lg Logger = printer{}
	lg.Log("none")
	lg.Log("two", 1, "x")

	// A pointer method promoted through an embedded pointer, two levels.
	var n Namer = Puppy{&Dog{Animal{"bit"}}}
	p, ok := n.(Puppy)
	fmt.Println(p.name, ok, n.Name())
	switch v := n.(type) {
	case Puppy:
		fmt.Println("puppy", v.Name())
	}
}
