//go:build ignore

package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Height() int {
	var h func(*node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *Tree[K, V]) Range(lo, hi K) []K {
	var out []K
	for k := range t.All() {
		if k > hi {
			break
		}
		if k >= lo {
			out = append(out, k)
		}
	}
	return out
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m f t b h p w a c g i n q v x m") {
		t.Put(w, i)
	}
	fmt.Println("size:", t.size, "height:", t.Height())
	for k, v := range t.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	fmt.Println(t.Get("h"))
	fmt.Println(t.Get("z"))
	fmt.Println(t.Range("c", "n"))

	var nums Tree[float64, []string]
	nums.Put(2.5, []string{"two and a half"})
	nums.Put(-1, nil)
	nums.Put(10, []string{"ten", "X"})
	for k, v := range nums.All() {
		fmt.Println(k, v, len(v))
	}
	count := 0
	for range t.All() {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println("stopped after", count)
}
