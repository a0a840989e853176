//go:build ignore

// Type switches without a bound variable on the any fields of the standard
// library's structs (list.Element.Value, ring.Ring.Value), with init
// statements and labels.

package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func main() {
	l := list.New()
	l.PushBack(1)
	l.PushBack("s")
	for e := l.Front(); e != nil; e = e.Next() {
		switch e.Value.(type) {
		case int:
			fmt.Println("int")
		case string:
			fmt.Println("string")
		}
		switch v := e.Value.(type) {
		case int:
			fmt.Println("int", v)
		default:
			fmt.Println("other", v)
		}
	}
	r := ring.New(2)
	r.Value = 2.5
	switch _ = r.Value; r.Value.(type) {
	case float64:
		fmt.Println("float")
	}
outer:
	for e := l.Front(); e != nil; e = e.Next() {
		switch e.Value.(type) {
		case string:
			break outer
		}
		fmt.Println("before string")
	}
}
