//go:build ignore

// A failed type assertion recovered as *runtime.TypeAssertionError (by an
// assertion and by errors.As), for concrete, interface and nil operands.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func check(name string, f func()) {
	defer func() {
		r := recover()
		te, ok := r.(*runtime.TypeAssertionError)
		var as *runtime.TypeAssertionError
		err, _ := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %T %v %v %v\n", name, r, ok && te != nil, errors.As(err, &as), isRuntime)
		fmt.Println("  ", r)
	}()
	f()
}

func main() {
	var x any = "s"
	check("concrete", func() { _ = x.(int) })
	check("interface", func() { _ = x.(Shape) })
	var s Shape
	check("nil", func() { _ = s.(Sq) })
	var y any = Sq{2}
	check("cell type", func() { _ = y.(fmt.Stringer) })
}
