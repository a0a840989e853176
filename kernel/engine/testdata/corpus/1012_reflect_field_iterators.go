//go:build ignore

// Go 1.26's reflect iterators over fields show the program's struct
// types as declared: names, tags, exported or not, embedding, values.
package main

import (
	"fmt"
	"reflect"
)

type Base struct{ ID int }

type T struct {
	A int `json:"a"`
	c bool
	Base
	Tags []string
}

type Empty struct{}

func main() {
	rt := reflect.TypeFor[T]()
	for f := range rt.Fields() {
		fmt.Printf("%s %q %v %v %v\n", f.Name, f.Tag, f.IsExported(), f.Anonymous, f.Index)
	}
	v := reflect.ValueOf(T{1, true, Base{7}, []string{"x"}})
	for f, fv := range v.Fields() {
		fmt.Printf("%s = %v\n", f.Name, fv)
		if f.Name == "c" {
			break
		}
	}
	n := 0
	for range reflect.TypeFor[Empty]().Fields() {
		n++
	}
	fmt.Println("empty:", n)
	defer func() { fmt.Println("recovered:", recover()) }()
	for range reflect.ValueOf(3).Fields() {
	}
}
