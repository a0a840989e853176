//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Tags []string

func (t Tags) String() string { return strings.Join(t, "+") }

type TagList = Tags
type Point struct{ X, Y int }
type P = Point

func main() {
	var tl TagList = TagList{"a", "b"}
	fmt.Println(tl, any(tl))
	fmt.Printf("%T %T\n", tl, P{1, 2})
}
