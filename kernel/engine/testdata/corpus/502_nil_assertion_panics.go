//go:build ignore

package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var a any
	try(func() { _ = a.(fmt.Stringer) })
	try(func() { _ = a.(Shape) })
	var e error
	try(func() { _ = e.(fmt.Stringer) })
	try(func() { _ = a.(int) })
	var r io.Reader
	try(func() { _ = r.(io.Writer) })
	a = Sq(2)
	try(func() { fmt.Println(a.(Shape).Area()) })
}
