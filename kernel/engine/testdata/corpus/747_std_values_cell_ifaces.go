//go:build ignore

// Standard-library values asserted to the program's interfaces (gopl's
// writeString), and values of the program's interfaces to the standard
// library's, in assertions and type switches.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type stringWriter interface {
	WriteString(s string) (int, error)
}

type Writer interface{ Write(p []byte) (int, error) }
type Lener interface{ Len() int }
type Sec interface{ Seconds() float64 }
type Min interface{ Minutes() float64 }

// writeString is gopl's ch7 example.
func writeString(w io.Writer, s string) (n int, err error) {
	if sw, ok := w.(stringWriter); ok {
		fmt.Print("(fast) ")
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

func kind(x any) string {
	switch v := x.(type) {
	case interface{ ReadByte() (byte, error) }:
		b, _ := v.ReadByte()
		return fmt.Sprintf("byte reader, first %q", b)
	case stringWriter:
		n, _ := v.WriteString("")
		return fmt.Sprint("string writer ", n)
	case Min:
		return fmt.Sprint("minutes ", v.Minutes())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	var buf bytes.Buffer
	n, _ := writeString(&buf, "hello")
	fmt.Println(n, buf.String())
	c := &counter{}
	n, _ = writeString(c, "abc")
	fmt.Println(n, c.n)
	fmt.Println(kind(strings.NewReader("xyz")))
	fmt.Println(kind(bufio.NewWriter(io.Discard)))
	fmt.Println(kind(90 * time.Second))
	fmt.Println(kind(c))
	var s Sec = time.Minute
	if m, ok := s.(Min); ok {
		fmt.Println("also", m.Minutes())
	}
	var w Writer = new(bytes.Buffer)
	w.Write([]byte("four"))
	if l, ok := w.(Lener); ok {
		fmt.Println("len", l.Len())
	}
	if st, ok := w.(fmt.Stringer); ok {
		fmt.Println("string", st.String())
	}
	switch x := w.(type) {
	case io.StringWriter:
		x.WriteString("!")
		fmt.Println("io.StringWriter", w.(fmt.Stringer).String())
	}
	var r io.Reader = strings.NewReader("abc")
	_, ok := r.(interface{ UnreadByte() error })
	fmt.Println(ok)
	var out io.Writer = os.Stdout
	_, ok = out.(stringWriter)
	fmt.Println(ok)
}
