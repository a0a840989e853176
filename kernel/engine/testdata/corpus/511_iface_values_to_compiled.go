//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"io"
)

type WriteCounter interface {
	io.Writer
	Count() int
}

type writeCounter struct {
	w io.Writer
	n int
}

func (wc *writeCounter) Write(p []byte) (int, error) { wc.n++; return wc.w.Write(p) }
func (wc *writeCounter) Count() int                  { return wc.n }

func main() {
	var sink bytes.Buffer
	var wc WriteCounter = &writeCounter{w: &sink}
	var w io.Writer = wc
	fmt.Fprintf(w, "a")
	fmt.Println(wc.Count())
	w2 := func(v WriteCounter) io.Writer { return v }(wc)
	fmt.Fprintf(w2, "b")
	fmt.Println(wc.Count())
	fmt.Fprintf(wc, "c")
	fmt.Println(wc.Count(), sink.String())
}
