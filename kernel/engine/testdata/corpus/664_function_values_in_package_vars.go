//go:build ignore

// Package-level variables holding functions (maps, slices, struct
// fields) initialized before init and main run.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

var ops = map[string]func(int, int) int{"+": add, "-": sub}

var upper = strings.ToUpper

var first = apply(add)

func apply(f func(int, int) int) int { return f(2, 3) }

type cmd struct {
	name string
	run  func(...string) string
}

func join(xs ...string) string { return strings.Join(xs, ",") }

var cmds = []cmd{{"join", join}}

func init() {
	fmt.Println("init", ops["+"](1, 2), first, cmds[0].run("a", "b"))
}

func main() {
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](7, 3))
	}
	fmt.Println(upper("x"), ops["+"] != nil)
}
