//go:build ignore

// Map literals keyed by the program's interface, with keys that are
// variables, fields or elements of a named non-struct type.
package main

import "fmt"

type S interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("id%d", int(i)) }

type Name string

func (n Name) String() string { return string(n) }

type U struct{ K ID }

func main() {
	x := ID(1)
	u := U{K: 2}
	ids := []ID{3, 4}
	n := Name("ann")
	m := map[S]int{x: 1, u.K: 2, ids[0]: 3, n: 4}
	fmt.Println(m[x], m[ID(2)], m[ids[0]], m[Name("ann")], len(m))
	x = 9
	fmt.Println(m[ID(1)], m[x])
}
