//go:build ignore

package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type Node interface {
	Freq() int
}

type Leaf struct {
	sym  rune
	freq int
}

type Branch struct {
	left, right Node
	freq        int
}

func (l Leaf) Freq() int    { return l.freq }
func (b *Branch) Freq() int { return b.freq }

type queue []Node

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].Freq() != q[j].Freq() {
		return q[i].Freq() < q[j].Freq()
	}
	return minSym(q[i]) < minSym(q[j])
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(Node)) }
func (q *queue) Pop() any {
	old := *q
	n := old[len(old)-1]
	*q = old[:len(old)-1]
	return n
}

func minSym(n Node) rune {
	switch n := n.(type) {
	case Leaf:
		return n.sym
	case *Branch:
		return min(minSym(n.left), minSym(n.right))
	}
	panic("unreachable")
}

func build(text string) Node {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	q := &queue{}
	for r, f := range freq {
		*q = append(*q, Leaf{r, f})
	}
	heap.Init(q)
	for q.Len() > 1 {
		a := heap.Pop(q).(Node)
		b := heap.Pop(q).(Node)
		heap.Push(q, &Branch{a, b, a.Freq() + b.Freq()})
	}
	return heap.Pop(q).(Node)
}

func codes(n Node, prefix string, out map[rune]string) {
	switch n := n.(type) {
	case Leaf:
		if prefix == "" {
			prefix = "0"
		}
		out[n.sym] = prefix
	case *Branch:
		codes(n.left, prefix+"0", out)
		codes(n.right, prefix+"1", out)
	}
}

func main() {
	text := "this is an example for huffman encoding"
	tree := build(text)
	table := map[rune]string{}
	codes(tree, "", table)
	syms := make([]rune, 0, len(table))
	for r := range table {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	for _, r := range syms {
		fmt.Printf("%q %s\n", r, table[r])
	}
	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(table[r])
	}
	fmt.Println("bits:", enc.Len(), "vs", len(text)*8, "total freq", tree.Freq())
}
