//go:build ignore

// reflect.Type.Methods and reflect.Value.Methods (Go 1.26 iterators) over
// the program's types.

package main

import (
	"fmt"
	"reflect"
)

type P struct{ Name string }

func (p P) Hello() string { return "hi " + p.Name }
func (p *P) Set(n string) { p.Name = n }

func main() {
	t := reflect.TypeOf(P{"a"})
	fmt.Println(t.NumMethod())
	for m := range t.Methods() {
		fmt.Println("T", m.Name)
	}
	for m := range reflect.TypeOf(&P{}).Methods() {
		fmt.Println("PT", m.Name)
	}
	for m, f := range reflect.ValueOf(P{"a"}).Methods() {
		fmt.Println("V", m.Name, f.Call(nil)[0])
	}
	for m := range reflect.TypeOf(fmt.Errorf("x")).Methods() {
		fmt.Println("E", m.Name)
	}
}
