//go:build ignore

package main

import (
	"fmt"
	"strings"
)

func double(x int) int { return 2 * x }
func square(x int) int { return x * x }

type Op func(int) int

func compose(fs ...Op) Op {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	var fs []func(int) int
	fs = append(fs, double, square)
	fmt.Println(len(fs), fs[0](21), fs[1](3))
	var ops []Op
	ops = append(ops, double, Op(square))
	fmt.Println(compose(ops...)(3))
	var sf []func(string) string
	sf = append(sf, strings.ToUpper, strings.TrimSpace)
	fmt.Println(sf[1](sf[0](" hi ")))
}
