//go:build ignore

// json.Marshal of self-referential values: back-pointers left out by a
// "-" tag or by being unexported are not walked, and a real cycle is
// json's error (not a hang).
package main

import (
	"encoding/json"
	"fmt"
)

type Node struct {
	Name     string
	Children []*Node
	Parent   *Node `json:"-"`
}

type GNode struct {
	ID   string
	next []*GNode
}

type Loop struct {
	N    int
	Self *Loop
}

type Graph struct {
	Nodes map[string]*GNode `json:"nodes"`
}

func main() {
	root := &Node{Name: "root"}
	for _, n := range []string{"a", "b", "c"} {
		child := &Node{Name: n, Parent: root}
		child.Children = []*Node{{Name: n + "1", Parent: child}}
		root.Children = append(root.Children, child)
	}
	out, err := json.Marshal(root)
	fmt.Println(string(out), err)

	a, b := &GNode{ID: "a"}, &GNode{ID: "b"}
	a.next = []*GNode{b}
	b.next = []*GNode{a, b}
	out, err = json.Marshal(Graph{Nodes: map[string]*GNode{"a": a, "b": b}})
	fmt.Println(string(out), err)

	l := &Loop{N: 1}
	l.Self = l
	out, err = json.Marshal(l)
	fmt.Println(string(out), err)
	l.Self = &Loop{N: 2}
	out, err = json.MarshalIndent(l, "", " ")
	fmt.Println(string(out), err)
}
