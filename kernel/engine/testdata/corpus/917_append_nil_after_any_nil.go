//go:build ignore

// An untyped nil appended to slices of pointers, funcs, slices and the
// program's types after a nil went into an interface.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func describe(x any) string { return fmt.Sprint(x) }

func main() {
	var x any = nil
	fmt.Println(x, describe(nil))
	ptrs := append([]*int{}, nil)
	nodes := append([]*Node{{Val: 1}}, nil, &Node{Val: 2})
	funcs := append([]func() int{}, nil)
	grid := append([][]int{{1}}, nil)
	errs := append([]error{}, nil)
	anys := append([]any{1}, nil)
	fmt.Println(len(ptrs), ptrs[0] == nil)
	fmt.Println(len(nodes), nodes[1] == nil, nodes[2].Val)
	fmt.Println(len(funcs), funcs[0] == nil)
	fmt.Println(len(grid), grid[1] == nil)
	fmt.Println(len(errs), errs[0] == nil)
	fmt.Println(len(anys), anys[1] == nil)
	reuse := []*Node{{Val: 7}}
	reuse = append(reuse[:0], nil)
	fmt.Println(len(reuse), reuse[0])
}
