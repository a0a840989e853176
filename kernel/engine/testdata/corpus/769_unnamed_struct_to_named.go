//go:build ignore

// Unnamed struct literals and values assigned, passed, returned, sent and
// stored where a named struct type with the same fields is wanted.
package main

import "fmt"

type Point struct{ X, Y int }

type Box struct{ P Point }

func mk() Point { return struct{ X, Y int }{9, 9} }

func main() {
	ps := []Point{struct{ X, Y int }{1, 2}}
	m := map[string]Point{"a": struct{ X, Y int }{3, 4}}
	b := Box{P: struct{ X, Y int }{5, 6}}
	ch := make(chan Point, 1)
	ch <- struct{ X, Y int }{7, 8}
	fmt.Println(ps, m, b, <-ch, mk())
	anon := struct{ X, Y int }{1, 1}
	var p Point = anon
	p.X++
	fmt.Println(p, anon, p == Point(anon))
}
