//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Age int
type Name string
type Temp float64

type Point struct{ X, Y int }

func main() {
	var a Age
	n, err := fmt.Sscan("42", &a)
	fmt.Println(n, err, a)
	var nm Name
	var t Temp
	n, err = fmt.Sscanf("bob 36.6", "%s %g", &nm, &t)
	fmt.Println(n, err, nm, t)
	var p Point
	n, err = fmt.Sscanf("3,4", "%d,%d", &p.X, &p.Y)
	fmt.Println(n, err, p)
	var x, y Age
	n, err = fmt.Fscan(strings.NewReader("7 8"), &x, &y)
	fmt.Println(n, err, x+y)
	defer func() { fmt.Println(recover()) }()
	var st []int
	i := len(st) - 1
	fmt.Println(st[i])
}
