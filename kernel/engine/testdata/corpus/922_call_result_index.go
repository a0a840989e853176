//go:build ignore

// Indexes of call results (strings.Fields(s)[1], f()[3] = 1, grid()[1][4])
// panic with the index and the length; they stay assignable.
package main

import (
	"fmt"
	"strings"
)

type Row []int

func f() []int        { return nil }
func g(s []int) []int { return s }
func row() Row        { return Row{1, 2} }
func arr() [3]string  { return [3]string{"a", "b", "c"} }
func str() string     { return "hey" }
func grid() [][]int   { return [][]int{{1, 2}, {3}} }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	fmt.Println(strings.Fields("a b")[1], g([]int{5, 6})[0], row()[1], arr()[2], str()[1], grid()[1][0])
	s := []int{1, 2, 3}
	g(s)[0] = 10
	g(s)[1]++
	g(s)[2] += 5
	p := &g(s)[1]
	*p *= 2
	fmt.Println(s)
	var u uint = 7
	var i8 int8 = -1
	try(func() { f()[3] = 1 })
	try(func() { _ = g([]int{1})[3] })
	try(func() { fmt.Println(strings.Split("a", ",")[1]) })
	try(func() { _ = row()[u] })
	try(func() { _ = str()[i8] })
	try(func() { _ = grid()[1][4] })
	try(func() { n := 5; _ = arr()[n] })
	m := map[string][]int{"a": {1}}
	get := func(k string) []int { return m[k] }
	get("a")[0] = 42
	fmt.Println(m)
}
