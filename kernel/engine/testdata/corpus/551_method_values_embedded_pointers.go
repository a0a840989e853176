//go:build ignore

package main

import "fmt"

type base struct{ name string }

func (b base) Name() string { return b.name }

type Bird struct{ *base }

type Plain struct{ base }

type Inner struct{ V int }

func (i Inner) Val() int { return i.V }

type Outer struct{ *Inner }

func main() {
	b := Bird{&base{"polly"}}
	f := b.Name
	b.name = "kiwi"
	fmt.Println(f(), b.Name())
	p := Plain{base{"a"}}
	g := p.Name
	p.name = "b"
	fmt.Println(g())
	defer func() { fmt.Println("recovered:", recover()) }()
	o := Outer{&Inner{3}}
	h := o.Val
	o.V = 4
	fmt.Println(h(), o.Val())
	var z Outer
	k := z.Val
	fmt.Println("bound without panic")
	_ = k
}
