//go:build ignore

package main

import (
	"errors"
	"fmt"
	"io"
)

type Color int

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

type Temp float64

func (t Temp) String() string { return fmt.Sprint(float64(t), "C") }

func kind(v any) string {
	s := "str"
	switch v {
	case 3:
		return "three"
	case "a":
		return "a"
	case s:
		return "s"
	case Color(2):
		return "blue"
	case io.EOF:
		return "eof"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	for _, v := range []any{3, "a", "str", Color(2), Color(1), io.EOF, nil, 3.0} {
		fmt.Println(kind(v))
	}
	var err error = io.EOF
	switch err {
	case nil:
		fmt.Println("nil")
	case io.EOF:
		fmt.Println("EOF")
	}
	var st fmt.Stringer = Temp(3)
	switch st {
	case Temp(3):
		fmt.Println("t3")
	case fmt.Stringer(Temp(4)):
		fmt.Println("t4")
	}
	e2 := errors.New("x")
	err = e2
	switch err {
	case e2:
		fmt.Println("e2")
	}
}
