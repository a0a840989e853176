//go:build ignore

// fmt.Sprint, Print and Fprint put no spaces around operands of named
// string types, with or without String methods, as around strings.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Sym string

type Color string

func (c Color) String() string { return "color:" + string(c) }

func main() {
	fmt.Println(fmt.Sprint(Sym("a"), Sym("b"), 1))
	fmt.Println(fmt.Sprint("a", Sym("b"), 3))
	fmt.Println(fmt.Sprint(1, 2, Color("red"), 3, 4))
	fmt.Print(Sym("x"), 5, 6, "\n")
	var sb strings.Builder
	fmt.Fprint(&sb, 7, Sym("y"), 8, Color("z"), 9)
	fmt.Println(sb.String())
	fmt.Fprint(os.Stdout, Sym("p"), Sym("q"), "\n")
	type Local string
	fmt.Println(fmt.Sprint(Local("l"), 1, 2))
}
