//go:build ignore

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

var ErrCycle = errors.New("dependency cycle")

type CycleError struct {
	Nodes []string
}

func (e CycleError) Error() string {
	return "cycle among: " + strings.Join(e.Nodes, ", ")
}

func (e CycleError) Unwrap() error { return ErrCycle }

func (g Graph) Nodes() []string {
	set := map[string]bool{}
	for n, deps := range g {
		set[n] = true
		for _, d := range deps {
			set[d] = true
		}
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// TopoSort returns the nodes so that each comes after its dependencies.
func (g Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for _, n := range g.Nodes() {
		indeg[n] += 0
		for _, d := range g[n] {
			indeg[n]++
			users[d] = append(users[d], n)
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, u := range users[n] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(indeg) {
		var left []string
		for n, d := range indeg {
			if d > 0 {
				left = append(left, n)
			}
		}
		sort.Strings(left)
		return order, CycleError{left}
	}
	return order, nil
}

func main() {
	build := Graph{
		"app":    {"net", "db", "log"},
		"net":    {"log", "crypto"},
		"db":     {"log"},
		"crypto": {},
		"log":    {"fmt"},
		"cli":    {"app", "flag"},
		"flag":   {"fmt"},
	}
	order, err := build.TopoSort()
	fmt.Println(order, err)

	build["fmt"] = []string{"app"}
	order, err = build.TopoSort()
	fmt.Println(order)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrCycle))
	var ce CycleError
	if errors.As(err, &ce) {
		fmt.Println(len(ce.Nodes), ce.Nodes[0])
	}
}
