//go:build ignore

// Index and slice expressions through a pointer to an array out of range
// panic with Go's texts (a ring buffer with pointer receivers).
package main

import "fmt"

type Ring [4]int

func (r *Ring) At(i int) int     { return r[i] }
func (r *Ring) Set(i, v int)     { r[i] = v }
func (r *Ring) Part(n int) []int { return r[1:n] }
func (r *Ring) From(n int) []int { return r[n:] }
func (r *Ring) Cap(n int) []int  { return r[0:1:n] }

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, e)
		}
	}()
	f()
}

func main() {
	var r Ring
	r.Set(1, 5)
	fmt.Println(r.At(1), r.Part(3), r.From(2), len(r.Cap(4)))
	try("at", func() { r.At(4) })
	try("set", func() { r.Set(-1, 0) })
	try("part", func() { r.Part(10) })
	try("from", func() { r.From(10) })
	try("cap", func() { r.Cap(9) })
	a := [3]string{"x", "y", "z"}
	p := &a
	for i := range 4 {
		try("loop", func() { fmt.Println(p[i]) })
	}
}
