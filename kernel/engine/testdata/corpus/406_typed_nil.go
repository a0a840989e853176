//go:build ignore

// nil: typed nil pointers in interfaces, nil maps, slices, funcs and channels.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node) String() string {
	if n == nil {
		return "nil-node"
	}
	var b strings.Builder
	for c := n; c != nil; c = c.Next {
		fmt.Fprintf(&b, "%d->", c.Val)
	}
	b.WriteString("end")
	return b.String()
}

type Lener interface{ Len() int }

func describe(l Lener) string {
	if l == nil {
		return "nil interface"
	}
	return fmt.Sprintf("len %d", l.Len())
}

func main() {
	var list *Node
	fmt.Println(list.Len(), list)
	list = &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Len(), list)

	var empty *Node
	var l Lener = empty
	fmt.Println(l == nil, l != nil, describe(l), describe(nil))

	var a any
	fmt.Println(a == nil)
	a = (*Node)(nil)
	fmt.Println(a == nil, a.(*Node) == nil)
	_, ok := a.(Lener)
	fmt.Println("is Lener:", ok)

	var m map[string]int
	fmt.Println(m["missing"], len(m), m == nil)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "x")

	var s []string
	s = append(s, "x")
	fmt.Println(s, len(s))

	var f func(int) int
	fmt.Println(f == nil)
	f = func(x int) int { return x + 1 }
	fmt.Println(f != nil, f(1))

	var ch chan int
	select {
	case v := <-ch:
		fmt.Println("never", v)
	default:
		fmt.Println("nil channel blocks")
	}

	var err error
	var p *strings.Builder
	fmt.Println(err == nil, p == nil)
	fmt.Printf("%v %+v %T %T\n", err, p, err, p)

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var np *Node
	fmt.Println(np.Val)
}
