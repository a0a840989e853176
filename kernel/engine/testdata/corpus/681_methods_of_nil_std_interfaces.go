//go:build ignore

// A method called on a nil standard-library interface (err.Error() of
// a nil error) panics with the runtime error Go gives.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %T %v %v\n", name, r, isRT, r)
	}()
	f()
}

func main() {
	try("error", func() {
		var err error
		fmt.Println(err.Error())
	})
	try("stringer", func() {
		var s fmt.Stringer
		fmt.Println(s.String())
	})
}
