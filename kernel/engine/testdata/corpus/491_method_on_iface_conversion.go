//go:build ignore

package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Box struct{ W, H int }

func (b Box) Area() int { return b.W * b.H }

type Named struct{ N string }

func (n Named) String() string { return "named " + n.N }

func main() {
	fmt.Println(Shape(Box{2, 3}).Area())
	fmt.Println(fmt.Stringer(nil) == nil)
	fmt.Println(Shape(Sq(2)).Area())
	fmt.Println(fmt.Stringer(Named{"x"}).String())
	b, _ := io.ReadAll(io.Reader(strings.NewReader("abc")))
	fmt.Println(string(b))
}
