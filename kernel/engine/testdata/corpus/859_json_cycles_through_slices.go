//go:build ignore

// json reports a cycle through a slice of the program's interface type
// or a map, as through a pointer.
package main

import (
	"encoding/json"
	"fmt"
)

type Entity interface{ ID() int }

type Group struct {
	Gid     int
	Members []Entity
}

func (g Group) ID() int { return g.Gid }

type Tree map[string]any

func main() {
	es := make([]Entity, 1)
	es[0] = Group{7, es}
	b, err := json.Marshal(es)
	fmt.Println(len(b), err)
	ok := []Entity{Group{1, nil}, Group{2, []Entity{Group{3, nil}}}}
	b, err = json.Marshal(ok)
	fmt.Println(string(b), err)
	shared := []Entity{Group{9, nil}}
	b, err = json.Marshal([]Entity{Group{1, shared}, Group{2, shared}})
	fmt.Println(string(b), err)
	m := map[string]Entity{}
	m["a"] = Group{1, []Entity{Group{2, nil}}}
	b, err = json.Marshal(m)
	fmt.Println(string(b), err)
	t := Tree{}
	t["self"] = t
	b, err = json.Marshal(t)
	fmt.Println(len(b), err)
	gs := []any{nil}
	gs[0] = Group{1, []Entity{Group{2, nil}}}
	b, err = json.Marshal(gs)
	fmt.Println(string(b), err)
}
