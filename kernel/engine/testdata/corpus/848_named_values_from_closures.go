//go:build ignore

// Values of a named non-struct type made in function literals (with a
// defer) and held in an interface of the program assert to fmt.Stringer,
// in assertions and type switches.
package main

import (
	"fmt"
	"strconv"
)

type Shape interface{ Area() int }
type Kind int

func (k Kind) Area() int      { return int(k) }
func (k Kind) String() string { return "kind#" + strconv.Itoa(int(k)) }

type Plain int

func (p Plain) Area() int { return int(p) * 10 }

func build(n int) Shape {
	defer func() { recover() }()
	if n%2 == 0 {
		var s Shape = Kind(n)
		return s
	}
	var s Shape = Plain(n)
	return s
}

func main() {
	g := func(s Shape) Shape {
		defer func() { recover() }()
		if x, ok := s.(Kind); ok {
			var nv Shape = Kind(x + 1)
			return nv
		}
		return s
	}
	shapes := []Shape{g(Kind(1)), build(2), build(3), g(Plain(4))}
	for _, sh := range shapes {
		st, ok := sh.(fmt.Stringer)
		fmt.Println(ok, st, sh.Area())
		switch v := sh.(type) {
		case fmt.Stringer:
			fmt.Println("stringer", v.String())
		default:
			fmt.Println("other", v)
		}
	}
	fmt.Println(shapes[0].(fmt.Stringer).String())
}
