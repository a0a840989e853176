//go:build ignore

package main

import "fmt"

type Meters float64

func (m Meters) String() string { return "m" }

type Km = Meters
type Label string

func main() {
	var k Km = 2.5
	var a any = k
	_, isF := a.(float64)
	fmt.Printf("%T %v\n", a, isF)
	_, ok := a.(Meters)
	var b any = Label("x")
	_, ok2 := b.(Label)
	fmt.Println(ok, ok2)
}
