//go:build ignore

// fmt's texts for String and Error methods that panic (a nil dereference
// reads as Go's runtime error; an Error method is named as such), and
// integer verbs of nil pointers.
package main

import (
	"fmt"
	"strconv"
)

type Node struct {
	Next *Node
	Name string
}

func (n Node) String() string { return n.Name + "->" + n.Next.Name }

type ParseError struct{ Cause *ParseError }

func (e ParseError) Error() string { return "parse: " + e.Cause.Error() }

type CodeErr struct{ Code int }

func (e CodeErr) Error() string {
	if e.Code == 0 {
		panic("zero code")
	}
	return "code " + strconv.Itoa(e.Code)
}

type Ref struct{ X *int }

func (r Ref) String() string { return strconv.Itoa(*r.X) }

type P struct{ V int }

func (p *P) String() string { return "P" + strconv.Itoa(p.V) }

func main() {
	fmt.Println(Node{Name: "a"})
	fmt.Println(Node{Name: "a", Next: &Node{Name: "b"}})
	var err error = ParseError{}
	fmt.Println(err)
	fmt.Println(ParseError{})
	fmt.Println(CodeErr{0}, CodeErr{7})
	fmt.Printf("%v|%s|%d\n", Ref{}, Ref{}, 5)
	var n *Node
	var p *P
	fmt.Printf("%d %x %v %v\n", n, n, n, p)
	fmt.Printf("[%5d] [%-3x] %s\n", n, p, p)
}
