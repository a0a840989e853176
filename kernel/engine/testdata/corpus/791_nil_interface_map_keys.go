//go:build ignore

// Untyped nil as the key of maps keyed by error and by other interfaces.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	counts := map[error]int{}
	for _, err := range []error{nil, io.EOF, nil, errors.New("x")} {
		counts[err]++
	}
	fmt.Println(counts[nil], counts[io.EOF], len(counts))
	counts[nil] += 10
	v, ok := counts[nil]
	fmt.Println(v, ok)
	delete(counts, nil)
	_, ok = counts[nil]
	fmt.Println(ok, len(counts))
	names := map[fmt.Stringer]string{nil: "none"}
	fmt.Println(names[nil], len(names))
}
