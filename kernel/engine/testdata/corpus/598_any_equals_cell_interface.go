//go:build ignore

// == between an any and a value of the cell's interface type holding the
// same dynamic value.
package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ S int }

func (q *Sq) Area() int { return q.S * q.S }

var p = &Sq{2}
var a Shape = p
var e any = p

func main() {
	fmt.Println(e == a, a == e)
	var l1 Shape = p
	var l2 any = p
	fmt.Println(l1 == l2, l2 == l1)
	var v1 Shape = &Sq{2}
	fmt.Println(v1 == e, e != v1)
}
