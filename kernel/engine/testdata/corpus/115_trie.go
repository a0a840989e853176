//go:build ignore

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(word string) {
	node := t
	for _, r := range word {
		child, ok := node.children[r]
		if !ok {
			child = NewTrie()
			node.children[r] = child
		}
		child.count++
		node = child
	}
	node.end = true
}

func (t *Trie) find(prefix string) *Trie {
	node := t
	for _, r := range prefix {
		next, ok := node.children[r]
		if !ok {
			return nil
		}
		node = next
	}
	return node
}

func (t *Trie) Contains(word string) bool {
	n := t.find(word)
	return n != nil && n.end
}

func (t *Trie) CountPrefix(prefix string) int {
	if n := t.find(prefix); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Complete(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *Trie, acc []rune)
	walk = func(n *Trie, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(n, []rune(prefix))
	return out
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("go gopher gone good golang google gopherette grep 日本 日本語") {
		t.Insert(w)
	}
	fmt.Println(t.Contains("go"), t.Contains("gop"), t.Contains("gopher"))
	fmt.Println(t.CountPrefix("go"), t.CountPrefix("gop"), t.CountPrefix("x"))
	fmt.Println(t.Complete("gop"))
	fmt.Println(t.Complete("goo"))
	fmt.Println(t.Complete("日"))
	fmt.Println(t.Complete("z") == nil, len(t.Complete("")))
}
