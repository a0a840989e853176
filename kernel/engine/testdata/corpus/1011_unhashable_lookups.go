//go:build ignore

// Lookups and deletes in maps keyed by any with a key that cannot be
// hashed: a runtime error in a map with entries, Go's plain text in an
// empty one.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	m := map[any]int{"a": 1}
	try("read", func() { _ = m[[]int{}] })
	try("commaok", func() { v, ok := m[[]byte("a")]; fmt.Println(v, ok) })
	try("print", func() { fmt.Println(m[map[int]int{}]) })
	try("write", func() { m[[]int{}] = 1 })
	try("delete", func() { delete(m, []int{}) })
	var k any = []string{"x"}
	try("var", func() { fmt.Println(m[k]) })
	type S struct{ f []int }
	try("struct", func() { fmt.Println(m[S{}]) })
	empty := map[any]int{}
	try("empty", func() { _ = empty[[]int{}] })
	try("emptyok", func() { _, ok := empty[map[int]int{}]; fmt.Println(ok) })
	var nilm map[any]int
	try("delete-empty", func() { delete(empty, []int{1}) })
	try("delete-full", func() { delete(m, []int{1}) })
	try("delete-nil", func() { delete(nilm, []int{1}) })
	e := map[error]int{}
	try("errkey", func() { fmt.Println(e[nil]) })
}
