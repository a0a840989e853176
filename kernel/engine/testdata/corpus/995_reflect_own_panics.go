//go:build ignore

// Panics of the program's own reflect calls recover as reflect makes
// them; a map's key type mismatch is reflect's text; the program's own
// index panics are the runtime's; Value.String names the program's types.
package main

import (
	"fmt"
	"reflect"
)

type P struct{ K string }

func try(name string, f func()) {
	defer func() { r := recover(); fmt.Printf("%s: %T %v\n", name, r, r) }()
	f()
}

func main() {
	try("index", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("array", func() { reflect.ValueOf([2]P{}).Index(2) })
	try("string", func() { reflect.ValueOf("ab").Index(5) })
	try("field", func() { reflect.ValueOf(P{}).Field(3) })
	try("setmap", func() {
		reflect.ValueOf(map[string]int{}).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(2))
	})
	try("elem", func() { reflect.ValueOf(3).Elem() })
	s := []int{1, 2}
	i := 5
	try("plain", func() { _ = s[i] })
	try("ok", func() { fmt.Println(reflect.ValueOf([]P{{"a"}}).Index(0).Field(0)) })
	fmt.Println(reflect.ValueOf(P{}).String(), reflect.ValueOf("s").String(), reflect.ValueOf([]P{}).String())
}
