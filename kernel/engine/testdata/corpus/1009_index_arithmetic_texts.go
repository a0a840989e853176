//go:build ignore

// Index and slice panics whose index is arithmetic on another index
// (a[b[0]+1], a trie's kids[w[i]-'a']), also in an if statement's init,
// tell the index and the length as Go does.
package main

import "fmt"

type node struct{ kids [26]*node }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	a := []int{1, 2, 3}
	b := []int{5}
	e := []int{}
	try("read", func() { x := a[b[0]+1]; fmt.Println(x) })
	try("write", func() { a[b[0]*2] = 1 })
	try("len", func() { fmt.Println(a[len(b)+b[0]]) })
	try("neg", func() { fmt.Println(a[-b[0]]) })
	try("slice", func() { fmt.Println(a[b[0]+1:]) })
	try("slice2", func() { fmt.Println(a[:b[0]-1]) })
	try("inner", func() { fmt.Println(a[e[0]+1]) })
	try("ok", func() { fmt.Println(a[b[0]-3]) })
	var c [26]int
	s := "A"
	try("trie", func() { c[s[0]-'a']++ })
	n := &node{}
	try("kids", func() {
		p := "Apple"
		for i := 0; i < len(p); i++ {
			if n = n.kids[p[i]-'a']; n == nil {
				fmt.Println("nil")
				return
			}
		}
	})
	var m [3][3]int
	i := []int{0, 4}
	try("grid", func() { m[i[0]][i[1]-1]++ })
	try("grid2", func() { m[i[1]-1][i[0]]++ })
	try("div", func() { fmt.Println(a[10/(b[0]-5)]) })
}
