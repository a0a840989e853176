//go:build ignore

// Index and slice checks in loops whose variable only goes up, goes down,
// or is changed in the body (also through a pointer), with constant,
// named-type, len and cap bounds.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

type Idx int

func main() {
	a := []int{1, 2, 3}
	try("up", func() {
		for i := 0; i < 5; i++ {
			_ = a[i]
		}
	})
	try("step", func() {
		for j := 1; j < 10; j += 2 {
			a[j] = j
		}
	})
	try("range", func() {
		b := []int{1}
		for i := range a {
			b[i]++
		}
	})
	try("down", func() {
		for i := 2; i >= -1; i-- {
			_ = a[i]
		}
	})
	try("changed", func() {
		for i := 0; i < 3; i++ {
			i -= 2
			_ = a[i]
		}
	})
	try("addr", func() {
		for i := 0; i < 3; i++ {
			p := &i
			*p = -1
			_ = a[i]
		}
	})
	try("slice", func() {
		for i := 0; i < 6; i++ {
			_ = a[i:]
		}
	})
	try("slice hi", func() {
		n := -1
		_ = a[:n]
	})
	try("slice lo", func() {
		lo := 2
		_ = a[lo:1]
	})
	try("named", func() {
		var k Idx = 4
		_ = a[k]
	})
	try("const", func() {
		s := "abc"
		_ = s[(3)]
	})
	try("len", func() {
		_ = a[len(a)]
	})
	try("cap", func() {
		s := a[:1]
		_ = s[1 : cap(s)+1]
	})
	i := 1
	if (i) < 0 || a[i] == 2 {
		fmt.Println("ok", a[(i)], a[i:], a[:i])
	}
}
