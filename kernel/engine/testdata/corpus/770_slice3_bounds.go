//go:build ignore

// Three-index slice expressions out of range panic with Go's texts.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int{1, 2, 3, 4}
	for _, c := range [][3]int{{1, 2, 5}, {1, 3, 2}, {3, 2, 4}, {-1, 2, 3}, {0, -1, 3}, {0, 1, -1}, {0, 2, 3}, {0, 4, 4}} {
		lo, hi, mx := c[0], c[1], c[2]
		try(func() { fmt.Println(s[lo:hi:mx]) })
		try(func() { fmt.Println(a[lo:hi:mx]) })
		try(func() { fmt.Println(s[:hi:mx]) })
	}
	try(func() { fmt.Println(s[1:2:4][0:3]) })
}
