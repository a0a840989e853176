//go:build ignore

// A textbook B-tree: a tree type holding a pointer to a recursive node
// type, whose methods copy child slices with append([]*Node(nil), ...)
// (the interpreter refused such appends once a Tree value existed), and
// the same as generic types.

package main

import (
	"cmp"
	"fmt"
	"strings"
)

const order = 3

type Node struct {
	keys     []int
	children []*Node
}

type BTree struct {
	root *Node
	size int
}

func (n *Node) leaf() bool { return len(n.children) == 0 }

func (t *BTree) splitChild(parent *Node, i int) {
	full := parent.children[i]
	mid := order - 1
	right := &Node{}
	right.keys = append([]int(nil), full.keys[mid+1:]...)
	if !full.leaf() {
		right.children = append([]*Node(nil), full.children[mid+1:]...)
		full.children = full.children[:mid+1]
	}
	up := full.keys[mid]
	full.keys = full.keys[:mid]
	parent.keys = append(parent.keys, 0)
	copy(parent.keys[i+1:], parent.keys[i:])
	parent.keys[i] = up
	parent.children = append(parent.children, nil)
	copy(parent.children[i+2:], parent.children[i+1:])
	parent.children[i+1] = right
}

func (t *BTree) Insert(k int) {
	t.size++
	if t.root == nil {
		t.root = &Node{keys: []int{k}}
		return
	}
	if len(t.root.keys) == 2*order-1 {
		old := t.root
		t.root = &Node{children: []*Node{old}}
		t.splitChild(t.root, 0)
	}
	n := t.root
	for {
		i := len(n.keys)
		for i > 0 && k < n.keys[i-1] {
			i--
		}
		if n.leaf() {
			n.keys = append(n.keys, 0)
			copy(n.keys[i+1:], n.keys[i:])
			n.keys[i] = k
			return
		}
		if len(n.children[i].keys) == 2*order-1 {
			t.splitChild(n, i)
			if k > n.keys[i] {
				i++
			}
		}
		n = n.children[i]
	}
}

func (t *BTree) walk(n *Node, depth int, b *strings.Builder) {
	if n == nil {
		return
	}
	fmt.Fprintf(b, "%s%v\n", strings.Repeat("  ", depth), n.keys)
	for _, c := range n.children {
		t.walk(c, depth+1, b)
	}
}

func (t *BTree) Clone() *BTree {
	var cp func(n *Node) *Node
	cp = func(n *Node) *Node {
		m := &Node{keys: append([]int{}, n.keys...)}
		for _, c := range n.children {
			m.children = append(m.children, cp(c))
		}
		return m
	}
	return &BTree{root: cp(t.root), size: t.size}
}

type GNode[K cmp.Ordered] struct {
	keys     []K
	children []*GNode[K]
}

type GTree[K cmp.Ordered] struct{ root *GNode[K] }

func (t *GTree[K]) Flatten() []*GNode[K] {
	out := append([]*GNode[K](nil), t.root)
	for i := 0; i < len(out); i++ {
		out = append(out, out[i].children...)
	}
	return out
}

func (t *GTree[K]) Split(c *GNode[K]) *GNode[K] {
	right := &GNode[K]{}
	right.children = append([]*GNode[K](nil), c.children...)
	right.keys = append([]K{}, c.keys...)
	return right
}

func main() {
	var t BTree
	for _, k := range []int{10, 20, 5, 6, 12, 30, 7, 17, 3, 1, 25, 40, 50, 60, 2, 4} {
		t.Insert(k)
	}
	var b strings.Builder
	t.walk(t.root, 0, &b)
	fmt.Print(b.String())
	c := t.Clone()
	c.Insert(99)
	fmt.Println(t.size, c.size, len(c.root.children))

	g := GTree[string]{root: &GNode[string]{keys: []string{"m"}, children: []*GNode[string]{{keys: []string{"a"}}, {keys: []string{"z"}}}}}
	for _, n := range g.Flatten() {
		fmt.Print(n.keys, " ")
	}
	fmt.Println()
	r := g.Split(g.root)
	fmt.Println(len(r.children), r.keys)
}
