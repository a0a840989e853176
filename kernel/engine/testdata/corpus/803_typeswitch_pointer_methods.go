//go:build ignore

// A type switch case naming the program's interface does not match a
// value whose type has the methods only on its pointer (Effective Go's
// describe with case Stringer), however the value reached the interface.
package main

import "fmt"

type Stringer interface{ String() string }

type Namer interface{ Name() string }

type A struct{ X int }

func (p *A) String() string { return fmt.Sprint("A", p.X) }

type Inner struct{}

func (*Inner) Name() string { return "inner" }

type ByPtr struct{ *Inner }

func describe(v any) string {
	switch s := v.(type) {
	case Stringer:
		return "Stringer " + s.String()
	case Namer:
		return "Namer " + s.Name()
	case fmt.Stringer:
		return "fmt.Stringer " + s.String()
	default:
		return fmt.Sprintf("other %T", s)
	}
}

func main() {
	x := A{1}
	var v any = x
	fmt.Println(describe(v), describe(x), describe(&x), describe(A{2}))
	fmt.Println(describe(Inner{}), describe(&Inner{}), describe(ByPtr{&Inner{}}))
	for _, e := range []any{x, &x, Inner{}} {
		fmt.Println(describe(e))
	}
	_, ok := v.(Stringer)
	fmt.Println(ok)
}
