//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Expr interface{ Eval() any }
type Num int

func (n Num) Eval() any { return int(n) }

func run(e Expr) (res any, err error) {
	if e == nil {
		return nil, errors.New("nil expr")
	}
	return e.Eval(), nil
}

func f() any { return "f" }

type P struct{ A, B any }

func SwapAll[T any](xs []T) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func main() {
	var a, b any = 1, "s"
	a, b = b, a
	fmt.Println(a, b)
	fmt.Println(run(Num(4)))
	fmt.Println(run(nil))
	var x, y any
	x, y = f(), 1
	fmt.Println(x, y)
	p := &P{1, 2}
	p.A, p.B = p.B, p.A
	fmt.Println(*p)
	xs := []any{1, "two", 3.0}
	SwapAll(xs)
	fmt.Println(xs)
	var e1, e2 error = errors.New("e1"), nil
	e1, e2 = e2, e1
	fmt.Println(e1, e2)
}
