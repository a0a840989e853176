//go:build ignore

// Indexing and slicing through a dereferenced pointer ((*s)[i], a
// pointer-receiver Pop on a named slice type) panics with Go's texts.
package main

import "fmt"

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }

func (s *Stack) Pop() float64 {
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v
}

func (s *Stack) Top(n int) []float64 { return (*s)[len(*s)-n:] }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, r)
		}
	}()
	f()
}

func main() {
	var st Stack
	st.Push(1)
	st.Push(2)
	fmt.Println(st.Pop(), st.Top(1))
	try("top", func() { st.Top(3) })
	st.Pop()
	try("pop", func() { st.Pop() })
	p := &[]int{1, 2}
	i, j := 5, 3
	try("read", func() { fmt.Println((*p)[i]) })
	try("write", func() { (*p)[i] = 1 })
	try("slice", func() { fmt.Println((*p)[:j]) })
	try("slice2", func() { fmt.Println((*p)[j:2]) })
	pa := &[3]int{}
	try("array", func() { fmt.Println((*pa)[i]) })
	var np *[]int
	try("nil", func() { fmt.Println((*np)[0]) })
}
