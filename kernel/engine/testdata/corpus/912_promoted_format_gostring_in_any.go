//go:build ignore

// Format and GoString methods promoted from an embedded field (by value
// and through a pointer) to a struct held in any, in []any and through a
// pointer: fmt calls them, as for a value of the struct's static type.
package main

import "fmt"

type Inner struct{ N int }

func (i Inner) Format(f fmt.State, c rune) { fmt.Fprintf(f, "F(%c,%d)", c, i.N) }

type Top struct {
	Inner
	T int
}

type G struct{ N int }

func (G) GoString() string { return "GS" }

type TopG struct {
	G
	T int
}

type P struct{ N int }

func (p *P) Format(f fmt.State, c rune) { fmt.Fprint(f, "PF") }

type TopP struct {
	*P
	X int
}

func main() {
	t := Top{Inner{1}, 3}
	var a any = t
	fmt.Printf("%v|%s|%v\n", t, a, a)
	fmt.Println(a, []any{t}, []Top{t}, map[string]Top{"k": t}, &t)
	var g any = TopG{G{1}, 2}
	fmt.Printf("%#v %v\n", g, g)
	var p any = TopP{&P{}, 1}
	fmt.Printf("%v %d\n", p, p)
}
