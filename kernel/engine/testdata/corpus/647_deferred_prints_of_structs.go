//go:build ignore

// Deferred fmt calls with values of program struct types (and pointers
// to them), converted where the defer stands.
package main

import (
	"fmt"
	"strings"
)

type Cell struct{ v int }

type Pub struct{ V int }

func main() {
	g := []Cell{{1}}
	defer fmt.Println(g)
	c := Pub{2}
	defer fmt.Println("c", c, &c)
	var sb strings.Builder
	defer func() { fmt.Print(sb.String()) }()
	defer fmt.Fprintln(&sb, "p", &c)
	c.V = 5
}
