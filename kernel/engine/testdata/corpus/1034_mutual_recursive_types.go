//go:build ignore

// Struct types that refer to each other, declared in the order programs
// use: a graph's Edge before the Vertex holding a []Edge, helper structs
// pointing to the type that holds them by value, a tree keeping a
// recursive generic index of other values.

package main

import (
	"fmt"
	"sort"
)

type Edge struct {
	From, To *Vertex
	W        int
}

type Vertex struct {
	Name string
	Out  []Edge
	In   []*Edge
}

func (v *Vertex) Connect(to *Vertex, w int) {
	v.Out = append(v.Out, Edge{From: v, To: to, W: w})
	to.In = append(to.In, &v.Out[len(v.Out)-1])
}

type Links struct{ Next, Prev *Item }
type Meta struct{ Owner *Item }

type Item struct {
	Name string
	L    Links
	M    Meta
}

type Index[K comparable, V any] struct {
	root *entry[K, V]
	n    int
}

type entry[K comparable, V any] struct {
	k    K
	v    V
	next *entry[K, V]
}

func (x *Index[K, V]) Put(k K, v V) {
	x.root = &entry[K, V]{k, v, x.root}
	x.n++
}

type Node struct {
	Name string
	Kids []*Node
	Tags *Index[string, int]
}

func main() {
	a, b, c := &Vertex{Name: "a"}, &Vertex{Name: "b"}, &Vertex{Name: "c"}
	a.Connect(b, 3)
	a.Connect(c, 1)
	b.Connect(c, 2)
	var names []string
	for _, e := range a.Out {
		names = append(names, fmt.Sprint(e.From.Name, "->", e.To.Name, ":", e.W))
	}
	sort.Strings(names)
	fmt.Println(names, len(c.In), c.In[1].From.Name)

	x := &Item{Name: "x"}
	y := &Item{Name: "y", L: Links{Prev: x}}
	x.L.Next = y
	x.M.Owner = x
	fmt.Println(x.L.Next.Name, y.L.Prev.Name, x.M.Owner == x, y.L.Next == nil)

	root := &Node{Name: "root", Tags: &Index[string, int]{}}
	root.Kids = append(root.Kids, &Node{Name: "kid", Tags: &Index[string, int]{}})
	root.Tags.Put("depth", 0)
	root.Kids[0].Tags.Put("depth", 1)
	fmt.Println(root.Kids[0].Name, root.Tags.root.v, root.Kids[0].Tags.root.k, root.Kids[0].Tags.n)
}
