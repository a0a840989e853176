//go:build ignore

// Float constants as array lengths, ranges into existing variables (over
// an array pointer, a constant, a string with an invalid byte), parallel
// assignments to map elements in loop and if headers, a labeled range over
// a call's map of channels, and a deferred clear.
package main

import "fmt"

const MaxSize = 1e3

var buf [MaxSize]byte

type Block [MaxSize / 100]int

type Grid struct {
	Cells [2.0][MaxSize / 500]rune
}

func chans() map[string]chan int {
	c := make(chan int, 1)
	c <- 5
	return map[string]chan int{"a": c}
}

func main() {
	var b Block
	var g Grid
	fmt.Println(len(buf), len(b), len(g.Cells), len(g.Cells[0]), len([MaxSize / 250]int{}))

	// ranges assigning to existing variables
	arr := [4]int{1, 2, 3, 4}
	pa := &arr
	var i, v int
	for i, v = range pa {
	}
	fmt.Println(i, v)
	var u uint8
	for u = range 3 {
		fmt.Print(u, " ")
	}
	var i64 int64
	for i64 = range 2 {
	}
	fmt.Println(i64)
	s := "a\xffz"
	for i = range s {
		fmt.Print(i, " ")
	}
	var r rune
	for i, r = range s {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()

	// a parallel assignment to a map element in a loop's post statement
	seen := map[int]bool{}
	k := 1
	for steps := 0; !seen[k]; seen[k], k = true, (k*7)%10 {
		steps++
	}
	fmt.Println(len(seen), k)
	m := map[string]int{}
	if m["a"], k = 1, 2; k > 0 {
		fmt.Println(m, k)
	}

	// a labeled range over a call's map of channels
L:
	for key, c := range chans() {
		fmt.Println(key, <-c)
		break L
	}

	// a deferred clear
	mm := map[string]int{"a": 1}
	func() {
		defer clear(mm)
		fmt.Println("before:", len(mm))
	}()
	fmt.Println("after:", len(mm))
}
