//go:build ignore

// reflect walks of values holding the program's interface types: a field,
// an element or a map value of an interface type is an interface to
// reflect (a gopl-style display), not the interpreter's own value.

package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type W struct{ S Shape }

func display(path string, v reflect.Value, depth int) {
	if depth > 6 {
		fmt.Println(path, "...")
		return
	}
	switch v.Kind() {
	case reflect.Invalid:
		fmt.Printf("%s = invalid\n", path)
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			display(fmt.Sprintf("%s[%d]", path, i), v.Index(i), depth+1)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			display(fmt.Sprintf("%s.%s", path, v.Type().Field(i).Name), v.Field(i), depth+1)
		}
	case reflect.Interface:
		if v.IsNil() {
			fmt.Printf("%s = nil\n", path)
		} else {
			fmt.Printf("%s.type = %s\n", path, v.Elem().Type())
			display(path+".value", v.Elem(), depth+1)
		}
	default:
		fmt.Printf("%s = %v\n", path, v)
	}
}

func main() {
	display("w", reflect.ValueOf(W{S: Rect{1, 2}}), 0)
	display("nil", reflect.ValueOf(W{}), 0)
	display("s", reflect.ValueOf([]Shape{Rect{3, 4}}), 0)
	var x any = 5
	display("x", reflect.ValueOf(&x).Elem(), 0)
}
