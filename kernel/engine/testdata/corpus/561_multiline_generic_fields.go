//go:build ignore

package main

import "fmt"

type Box[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Memo[K comparable, V any] struct{ m map[K]V }

type Holder struct {
	box Box[struct {
		n int
	}]
	P Pair[int,
		string]
	memo Memo[struct {
		pair  string
		steps int
	}, map[byte]int]
}

func main() {
	var h Holder
	h.box.v.n = 7
	h.P.V = "x"
	fmt.Println(h.box, h.P, h.memo.m == nil)
	x := Pair[string,
		int]{"a", 1}
	fmt.Println(x)
}
