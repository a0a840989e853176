//go:build ignore

// Values of struct types with value-receiver methods held in interfaces
// of the standard library other than error and fmt.Stringer (io.Closer,
// io.Writer, sort.Interface): %T, %v, assertions back to the type and type
// switches see the value, not one of its fields.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type T struct{ s string }

func (T) Close() error { return nil }

type Upper struct {
	prefix string
	n      int
}

func (u Upper) Write(p []byte) (int, error) {
	fmt.Print(u.prefix, strings.ToUpper(string(p)))
	return len(p), nil
}

type Named struct{ name string }

func (n Named) Close() error   { return nil }
func (n Named) String() string { return "named:" + n.name }

type people struct {
	names []string
	tag   int
}

func (p people) Len() int           { return len(p.names) }
func (p people) Less(i, j int) bool { return p.names[i] < p.names[j] }
func (p people) Swap(i, j int)      { p.names[i], p.names[j] = p.names[j], p.names[i] }

func closeAll(cs ...io.Closer) {
	for _, c := range cs {
		fmt.Printf("%T ", c)
	}
	fmt.Println()
}

func mk() io.Closer { return T{"r"} }

func main() {
	var c io.Closer = T{"x"}
	_, ok := c.(T)
	fmt.Printf("%T %v %v\n", c, ok, c)
	var w io.Writer = Upper{"> ", 1}
	fmt.Fprintf(w, "hello %d\n", 3)
	fmt.Printf("%T %+v\n", w, w)
	var nc io.Closer = Named{"n"}
	fmt.Printf("%T %v %s\n", nc, nc, nc)
	p := people{[]string{"c", "a", "b"}, 7}
	sort.Sort(p)
	fmt.Println(p.names)
	var si sort.Interface = p
	fmt.Printf("%T %v\n", si, si.(people).tag)
	closeAll(T{"a"}, Named{"b"}, mk())
	cs := []io.Closer{}
	for i := 0; i < 3; i++ {
		cs = append(cs, T{fmt.Sprint(i)})
	}
	for _, c := range cs {
		fmt.Print(c.(T).s, " ")
	}
	fmt.Println()
	m := map[string]io.Closer{"k": T{"m"}}
	fmt.Printf("%T %v\n", m["k"], m["k"].(T).s)
	switch v := c.(type) {
	case T:
		fmt.Println("T", v.s)
	default:
		fmt.Println("other")
	}
	var r io.Reader = strings.NewReader("x")
	_, ok = r.(io.Closer)
	fmt.Println(ok)
}
