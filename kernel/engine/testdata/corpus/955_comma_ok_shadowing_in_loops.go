//go:build ignore

// Comma-ok statements in loops whose variables shadow the ones their
// right-hand side reads (a trie walk: if n, ok := n.next[c]; ok), or are
// named like a type; the values are zeroed on a miss.

package main

import "fmt"

type item struct{ n int }

type node struct {
	next map[rune]*node
	end  bool
}

func insert(root *node, w string) {
	n := root
	for _, c := range w {
		if next, ok := n.next[c]; ok {
			n = next
			continue
		}
		nn := &node{next: map[rune]*node{}}
		n.next[c] = nn
		n = nn
	}
	n.end = true
}

func has(root *node, w string) bool {
	n := root
	for _, c := range w {
		if n, ok := n.next[c]; ok {
			root = n
		} else {
			return false
		}
		n = root
		_ = n
	}
	return root.end
}

func main() {
	for _, x := range []any{1, "x", 2.5} {
		if x, ok := x.(int); ok {
			fmt.Println("int", x)
		} else if y, ok := any(x).(int); !ok {
			fmt.Println("other", x, y, ok)
		}
		if x, ok := x.(string); ok {
			fmt.Println("string", x)
		}
	}
	m := map[string]string{"a": "b", "b": "c"}
	for _, k := range []string{"a", "b", "z"} {
		if k, ok := m[k]; ok {
			fmt.Println("k", k)
		} else {
			fmt.Println("miss", k == "", ok)
		}
		k, ok := m[k]
		fmt.Println("blk", k, ok)
	}
	items := map[string]item{"a": {1}}
	for _, k := range []string{"a", "b"} {
		item, ok := items[k]
		fmt.Println("item", item.n, ok)
		if item, ok := items[k]; ok {
			fmt.Println("if item", item.n)
		}
	}
	root := &node{next: map[rune]*node{}}
	for _, w := range []string{"go", "gopher", "rust"} {
		insert(root, w)
	}
	for _, w := range []string{"go", "gop", "gopher", "rust", "ru", "zig"} {
		fmt.Println(w, has(root, w))
	}
}
