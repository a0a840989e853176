//go:build ignore

// new(T) of a struct type used in expressions and if/for headers,
// [...]T literals whose keys go back, and parenthesized operands on the
// left of && and ||.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Inc() *Node { n.Val++; return n }
func (n Node) Get() int    { return n.Val }

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func main() {
	if n := new(Node); n.Next == nil {
		fmt.Println("empty", n.Val)
	}
	fmt.Println(new(Node).Val == 0, new(Node).Inc().Val, new(Node).Get())
	for p := new(Node); p.Val < 3; p.Val++ {
		fmt.Print(p.Val, " ")
	}
	fmt.Println()
	a := [...]int{5: 1, 2: 2, 3}
	fmt.Println(len(a), a)
	s := []int{5: 1, 2: 2, 3}
	fmt.Println(len(s), s)
	b := [...]int{2: 1, 0: 2, 3}
	fmt.Println(len(b), b)
	names := [...]string{Warn: "WARN", Debug: "DEBUG", "INFO"}
	fmt.Println(len(names), names)
	x := [...]string{"a", "b"}
	fmt.Println(len(x), x)
	i := 1
	fmt.Println((i) == 1 && len(x) > 1, (i) < 0 || (2) > 1)
}
