//go:build ignore

// Deferred calls of methods of standard-library values with variable
// arguments (b.WriteString(s), w.Write(p), t.Reset(d)) take receiver
// and arguments at the defer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

type holder struct {
	b  *strings.Builder
	mu sync.Mutex
}

func main() {
	b := &strings.Builder{}
	s := "x"
	func() {
		defer fmt.Println("deferred")
		defer b.WriteString(s)
		s = "y"
		fmt.Println("body")
	}()
	fmt.Println(b.String())
	var buf bytes.Buffer
	func() {
		for _, w := range []string{"a", "b", "c"} {
			defer buf.WriteString(w)
		}
		var w io.Writer = &buf
		p := []byte("!")
		defer w.Write(p)
		h := holder{b: &strings.Builder{}}
		v := "field"
		defer fmt.Println(h.b.String())
		defer h.b.WriteString(v)
		h.mu.Lock()
		defer h.mu.Unlock()
		xs := []string{"1", "2"}
		defer fmt.Fprint(&buf, xs[0], xs[1])
	}()
	fmt.Println(buf.String())
	for i := range 2 {
		t := time.NewTimer(time.Hour)
		func() {
			d := time.Duration(i)
			defer t.Reset(d)
		}()
		fmt.Println(t.Stop())
	}
	var sb strings.Builder
	func() {
		n := 3
		defer sb.Grow(n)
		defer sb.WriteByte('z')
		rs := []rune("é")
		defer sb.WriteRune(rs[0])
	}()
	fmt.Println(sb.String(), sb.Len())
}
