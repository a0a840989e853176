//go:build ignore

// reflect's Elem of an any slot (a slice or map element, a field, a
// pointer to an any) holding a named non-struct value gives the value.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

func (c Celsius) String() string { return "C" }

type Plain int

func main() {
	s := []any{Celsius(3), Plain(2), "x", 4}
	for i := range s {
		e := reflect.ValueOf(s).Index(i).Elem()
		fmt.Println(e.Kind())
	}
	fmt.Println(reflect.ValueOf(s).Index(1).Elem().Int())
	var a any = Celsius(3)
	fmt.Println(reflect.ValueOf(&a).Elem().Elem().Kind())
	type S struct{ X any }
	fmt.Println(reflect.ValueOf(S{Celsius(2)}).Field(0).Elem().Kind())
	m := map[string]any{"k": Plain(1)}
	fmt.Println(reflect.ValueOf(m).MapIndex(reflect.ValueOf("k")).Elem().Kind())
}
