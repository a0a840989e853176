//go:build ignore

// Maps keyed by the program's interface types (a registry of shapes, a
// graph of nodes): values put in at different places find each other, a
// range gives the keys with their methods, also to closures.
package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (s Sq) Name() string  { return fmt.Sprint("sq", s.S) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return fmt.Sprint("circle", c.R) }

type Registry struct {
	counts map[Shape]int
}

func (r *Registry) Add(s Shape) { r.counts[s]++ }

func total(m map[Shape]int) float64 {
	t := 0.0
	for s, n := range m {
		t += s.Area() * float64(n)
	}
	return t
}

func main() {
	graph()
	c := &Circle{1}
	r := &Registry{counts: map[Shape]int{}}
	r.Add(Sq{2})
	r.Add(Sq{2})
	r.Add(c)
	r.Add(c)
	r.Add(&Circle{1})
	fmt.Println(len(r.counts), r.counts[Sq{2}], r.counts[c])
	fmt.Println(total(r.counts))
	var names []string
	for s := range r.counts {
		names = append(names, s.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
	seen := map[any]int{}
	seen[Sq{3}]++
	seen[Sq{3}]++
	var sh Shape = Sq{3}
	seen[sh]++
	fmt.Println(len(seen), seen[Sq{3}])
	byName := map[string]Shape{"a": Sq{1}}
	inv := map[Shape]string{}
	for k, v := range byName {
		inv[v] = k
	}
	fmt.Println(inv[Sq{1}])
	delete(r.counts, c)
	fmt.Println(len(r.counts))
	clear(r.counts)
	fmt.Println(len(r.counts), r.counts)
}

type Node interface{ ID() int }

type N struct{ id int }

func (n *N) ID() int { return n.id }

func graph() {
	a, b, c := &N{1}, &N{2}, &N{3}
	adj := map[Node][]Node{a: {b, c}, b: {c}, c: {a}}
	seen := map[Node]bool{}
	var order []int
	var visit func(n Node)
	visit = func(n Node) {
		if seen[n] {
			return
		}
		seen[n] = true
		order = append(order, n.ID())
		for _, m := range adj[n] {
			visit(m)
		}
	}
	visit(a)
	fmt.Println(order, len(seen))
	var fs []func() int
	for n := range adj {
		fs = append(fs, func() int { return n.ID() })
	}
	sum := 0
	for _, f := range fs {
		sum += f()
	}
	fmt.Println(sum)
}
