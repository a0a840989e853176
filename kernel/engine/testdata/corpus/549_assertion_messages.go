//go:build ignore

package main

import (
	"fmt"
	"io"
)

type I interface{ Val() int }

type T struct{}

type V struct{}

func (V) Val() int { return 1 }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x any = 5
	try(func() { _ = x.(I) })
	var y any = T{}
	try(func() { _ = y.(I) })
	try(func() { _ = y.(io.Reader) })
	try(func() { _ = any(V{}).(I).Val() })
	var n any
	try(func() { _ = n.(I) })
	var s fmt.Stringer
	try(func() { _ = s.(I) })
}
