//go:build ignore

package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	count    int
	end      bool
}

type Trie struct {
	root  *node
	words int
}

func NewTrie(words ...string) *Trie {
	t := &Trie{root: &node{children: map[rune]*node{}}}
	for _, w := range words {
		t.Insert(w)
	}
	return t
}

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range strings.ToLower(word) {
		child, ok := n.children[r]
		if !ok {
			child = &node{children: map[rune]*node{}}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if !n.end {
		t.words++
	}
	n.end = true
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string, limit int) []string {
	var out []string
	var walk func(n *node, acc []rune)
	walk = func(n *node, acc []rune) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) CountPrefix(prefix string) int {
	if prefix == "" {
		return t.words
	}
	if n := t.find(prefix); n != nil {
		return n.count
	}
	return 0
}

func main() {
	t := NewTrie("go", "gopher", "golang", "google", "good", "goose", "gold", "grpc", "gRPC", "zebra", "Gödel")
	fmt.Println("words:", t.words)
	for _, p := range []string{"go", "goo", "gol", "g", "gö", "x", ""} {
		fmt.Printf("%-4q %d %v\n", p, t.CountPrefix(p), t.Complete(p, 4))
	}
}
