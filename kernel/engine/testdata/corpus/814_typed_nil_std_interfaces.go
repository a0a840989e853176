//go:build ignore

// A nil pointer of the program's type converted to a standard-library
// interface (io.Closer, io.Writer, fmt.Stringer) makes a non-nil
// interface whose methods get the nil receiver, as in Go.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type T struct{ n int }

func (t *T) Close() error {
	if t == nil {
		return fmt.Errorf("nil close")
	}
	return nil
}

type W struct{ sb strings.Builder }

func (w *W) Write(p []byte) (int, error) {
	if w == nil {
		return 0, io.ErrClosedPipe
	}
	return w.sb.Write(p)
}

type S struct{ name string }

func (s *S) String() string {
	if s == nil {
		return "S(nil)"
	}
	return s.name
}

type L []int

func get() io.Closer {
	var t *T
	return t
}

type conf struct{ Out io.Writer }

func main() {
	c := get()
	fmt.Println(c == nil, c.Close())
	fmt.Printf("%v %T\n", c, c)
	t, ok := c.(*T)
	fmt.Println(t == nil, ok)
	var pw *W
	cf := conf{Out: pw}
	fmt.Println(cf.Out == nil, cf.Out != nil)
	n, err := fmt.Fprintf(cf.Out, "x")
	fmt.Println(n, err)
	ws := []io.Writer{pw}
	m := map[string]io.Writer{"a": pw}
	fmt.Println(ws[0] == nil, m["a"] == nil)
	var st fmt.Stringer = (*S)(nil)
	fmt.Println(st == nil, st.String(), st)
	var iw io.Writer
	if len(ws) > 0 {
		iw = pw
	}
	fmt.Println(iw != nil)
	var si sort.Interface
	fmt.Println(si == nil)
	real := &W{}
	iw = real
	fmt.Fprint(iw, "ok")
	fmt.Println(real.sb.String(), iw != nil)
}
