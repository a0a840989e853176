//go:build ignore

package main

import "fmt"

type Meters float64

func (m Meters) String() string { return "m" }

type Km = Meters
type Label string

func main() {
	var k Km = 2.5
	for _, v := range []any{Label("a"), k, Label("b")} {
		_, isM := v.(Meters)
		_, isL := v.(Label)
		fmt.Printf("%T %v %v\n", v, isM, isL)
	}
}
