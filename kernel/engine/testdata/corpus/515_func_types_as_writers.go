//go:build ignore

package main

import (
	"fmt"
	"io"
)

type WriterFunc func([]byte) (int, error)

func (f WriterFunc) Write(p []byte) (int, error) { return f(p) }

func main() {
	w := WriterFunc(func(p []byte) (int, error) {
		fmt.Printf("got %q\n", p)
		return len(p), nil
	})
	var iw io.Writer = w
	fmt.Fprint(iw, "one")
	fmt.Fprint(w, "two")
}
