//go:build ignore

// Panicking with a struct whose only field is an embedded error (Rosetta
// Code's "Exceptions/Catch an exception thrown in a nested call").
package main

import (
	"errors"
	"fmt"
)

type U0 struct{ error }
type U1 struct{ error }

func baz(i int) {
	if i == 0 {
		panic(U0{errors.New("U0 raised")})
	}
	panic(U1{fmt.Errorf("U1 raised: %d", i)})
}

func bar(i int) { baz(i) }

func foo() {
	for i := 0; i < 2; i++ {
		func() {
			defer func() {
				switch e := recover().(type) {
				case U0:
					fmt.Println("foo caught", e)
				case U1:
					fmt.Println("foo caught U1 too:", e.Error())
				default:
					panic(e)
				}
			}()
			bar(i)
		}()
	}
}

func main() {
	foo()
	defer func() {
		r := recover()
		err, ok := r.(error)
		var u U1
		fmt.Println(ok, err, errors.As(err, &u), u.error)
	}()
	panic(U1{errors.New("last")})
}
