//go:build ignore

package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func printList(l *list.List) {
	fmt.Print("[")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value)
		if e.Next() != nil {
			fmt.Print(" ")
		}
	}
	fmt.Println("]", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	printList(l)
	l.Remove(e4)
	printList(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	printList(l)
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(string); ok {
			l.Remove(e)
		}
		e = next
	}
	printList(l)
	sum := 0
	for e := l.Front(); e != nil; e = e.Next() {
		sum += e.Value.(int)
	}
	fmt.Println("sum", sum)

	r := ring.New(5)
	for i := range r.Len() {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	r = r.Move(2)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()

	type node struct {
		val  int
		next *node
	}
	var head *node
	for i := 5; i > 0; i-- {
		head = &node{i, head}
	}
	var prev *node
	for cur := head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	for n := prev; n != nil; n = n.next {
		fmt.Print(n.val, "->")
	}
	fmt.Println("nil")
}
