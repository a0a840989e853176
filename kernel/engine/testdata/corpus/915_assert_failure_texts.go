//go:build ignore

// Failed assertions to concrete types name the operand's interface as Go
// does (io.Writer, the program's Shape), with the value's dynamic type.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type S string
type W struct{}

func (W) Write(p []byte) (int, error) { return len(p), nil }

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return c.R }

func try(f func()) { defer func() { fmt.Println(recover()) }(); f() }

func main() {
	try(func() { var x io.Writer = &strings.Builder{}; _ = x.(*bytes.Buffer) })
	try(func() { var s Shape = Rect{1, 2}; _ = s.(Circle) })
	try(func() { var s Shape; _ = s.(Circle) })
	try(func() { var s Shape = Rect{1, 2}; fmt.Println(s.(Rect).W) })
	var x io.Writer = &bytes.Buffer{}
	b := x.(*bytes.Buffer)
	b.WriteString("ok")
	fmt.Println(b.String())
}
