//go:build ignore

// A struct value taken by a type switch's case of an interface of the
// standard library keeps its type.
package main

import (
	"fmt"
	"io"
)

type S struct {
	A string
	N int
}

func (S) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	var b any = S{"x", 2}
	switch v := b.(type) {
	case io.Writer:
		fmt.Printf("%T %v\n", v, v)
		_, ok := v.(S)
		fmt.Println(ok)
	}
	for _, x := range []any{S{"y", 3}, 4} {
		switch v := x.(type) {
		case fmt.Stringer:
			fmt.Println("stringer", v)
		case io.Writer:
			fmt.Printf("w %T %v\n", v, v)
		default:
			fmt.Println("other", v)
		}
	}
}
