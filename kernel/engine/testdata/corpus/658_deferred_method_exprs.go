//go:build ignore

// Deferred method expressions take their arguments at the defer.
package main

import (
	"bytes"
	"fmt"
)

type T struct{ n int }

func (t *T) Add(k int) { t.n += k; fmt.Println("add", k, t.n) }

func main() {
	var b bytes.Buffer
	func() {
		x := "a"
		defer (*bytes.Buffer).WriteString(&b, x)
		x = "b"
		b.WriteString(x)
	}()
	fmt.Println(b.String())
	t := &T{}
	func() {
		k := 1
		defer (*T).Add(t, k)
		k = 2
		t.Add(k)
	}()
}
