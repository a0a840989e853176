//go:build ignore

// Structs whose one interface field holds a value of a named non-struct
// program type (opErr{Err: codeErr(7)}, lbl{v: num(2.5)}), nested ones,
// and type switches over them, held in error and fmt.Stringer.
package main

import (
	"errors"
	"fmt"
	"io"
)

type opErr struct {
	Op  string
	Err error
}

func (e opErr) Error() string { return e.Op + ": " + e.Err.Error() }
func (e opErr) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

type outer struct{ in error }

func (o outer) Error() string { return "outer[" + o.in.Error() + "]" }

type lbl struct {
	name string
	v    fmt.Stringer
}

func (l lbl) String() string { return l.name + "=" + l.v.String() }

type num float64

func (n num) String() string { return fmt.Sprintf("%.1f", float64(n)) }

func main() {
	var e error = opErr{"read", codeErr(7)}
	fmt.Printf("%T %v\n", e, e)
	var oe opErr
	fmt.Println(errors.As(e, &oe), oe.Op)
	var ce codeErr
	fmt.Println(errors.As(e, &ce), int(ce))
	e2 := outer{outer{codeErr(1)}}
	var e3 error = e2
	fmt.Printf("%T %v\n", e3, e3)
	_, ok := e3.(outer)
	fmt.Println(ok)
	e4 := error(outer{io.EOF})
	fmt.Println(errors.Is(e4, io.EOF), e4)
	var s fmt.Stringer = lbl{"x", num(2.5)}
	fmt.Printf("%T %v %s\n", s, s, s)
	xs := []fmt.Stringer{lbl{"a", num(1)}, num(3)}
	for _, x := range xs {
		switch v := x.(type) {
		case lbl:
			fmt.Println("lbl", v.name)
		case num:
			fmt.Println("num", float64(v))
		}
	}
}
