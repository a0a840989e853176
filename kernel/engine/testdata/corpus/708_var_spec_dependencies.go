//go:build ignore

// Package variables of one spec whose values read each other
// (var a, b = 3, a * 2; var c, d = d + 1, 2): initialized by dependency.
package main

import (
	"fmt"
	"strings"
)

var a, b = 3, a * 2

var c, d = d + 1, 2

func f() int { return 10 }

var x, y = f(), x + 1

var p, q = "p", p + "q"

var (
	names, joined = []string{"x", "y"},
		strings.Join(names,
			"+")
	count = len(joined)
)

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

var s1, s2 Shape = Sq{2}, Sq{s1.Area()}

func main() {
	fmt.Println(a, b, c, d, x, y, p, q)
	fmt.Println(names, joined, count)
	fmt.Println(s1.Area(), s2.Area())
	var m, n = 1, 2
	m, n = n, m
	fmt.Println(m, n)
}
