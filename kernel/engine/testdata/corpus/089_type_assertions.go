//go:build ignore

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string  { return "square" }

type Circ struct{ r float64 }

func (c *Circ) Area() float64 { return 3 * c.r * c.r }

func main() {
	var i any = "hello"
	s := i.(string)
	fmt.Println(s)
	s, ok := i.(string)
	fmt.Println(s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	n, ok := i.(fmt.Stringer)
	fmt.Println(n, ok)

	shapes := []Shape{Sq{2}, &Circ{1}}
	for _, sh := range shapes {
		if nm, ok := sh.(Named); ok {
			fmt.Println(nm.Name(), sh.Area())
		} else {
			fmt.Printf("%T has no name, area %v\n", sh, sh.Area())
		}
		if c, ok := sh.(*Circ); ok {
			fmt.Println("circle radius", c.r)
		}
	}
	var r io.Reader = strings.NewReader("x")
	_, isWriter := r.(io.Writer)
	_, isSeeker := r.(io.Seeker)
	fmt.Println(isWriter, isSeeker)
	var w io.Writer = os.Stdout
	if _, ok := w.(*os.File); ok {
		fmt.Println("stdout is a file")
	}
	var nothing any
	_, ok = nothing.(int)
	fmt.Println(ok)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = i.(int)
}
