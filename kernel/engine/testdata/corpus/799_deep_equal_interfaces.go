//go:build ignore

// Deep equality of the program's interface values in slices, struct
// fields and maps: reflect.DeepEqual, maps.Equal, slices.Compact and
// text/template's eq.
package main

import (
	"fmt"
	"maps"
	"os"
	"reflect"
	"slices"
	"text/template"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Scene struct {
	Main   Shape
	Others []Shape
	ByName map[string]Shape
}

type Celsius float64
type Fahrenheit float64

type Node struct {
	Val  int
	Next *Node
}

type Pair struct{ A, B Shape }

func main() {
	fmt.Println(reflect.DeepEqual([]Shape{Sq{1}}, []Shape{Sq{1}}))
	fmt.Println(reflect.DeepEqual([]Shape{Sq{1}}, []Shape{Sq{2}}))
	a := Scene{Sq{3}, []Shape{Sq{1}, &Circle{2}}, map[string]Shape{"x": Sq{4}}}
	b := Scene{Sq{3}, []Shape{Sq{1}, &Circle{2}}, map[string]Shape{"x": Sq{4}}}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(&a, &b))
	b.ByName["x"] = Sq{5}
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual([]any{Celsius(1)}, []any{Celsius(1)}))
	fmt.Println(reflect.DeepEqual([]any{Celsius(1)}, []any{Fahrenheit(1)}))
	fmt.Println(reflect.DeepEqual(map[string]any{"a": []int{1}}, map[string]any{"a": []int{1}}))
	fmt.Println(reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual(nil, nil))
	n1 := &Node{Val: 1}
	n1.Next = n1
	n2 := &Node{Val: 1}
	n2.Next = n2
	fmt.Println(reflect.DeepEqual(n1, n2))
	var f func()
	fmt.Println(reflect.DeepEqual(f, f), reflect.DeepEqual([]error{nil}, []error{nil}))

	fmt.Println(maps.Equal(map[string]Shape{"a": Sq{1}}, map[string]Shape{"a": Sq{1}}))
	fmt.Println(maps.Equal(map[string]Shape{"a": Sq{1}}, map[string]Shape{"a": Sq{2}}))
	fmt.Println(slices.Compact([]Shape{Sq{1}, Sq{1}, Sq{2}, Sq{2}, Sq{1}}))
	fmt.Println(slices.Equal([]Shape{Sq{1}}, []Shape{Sq{1}}), slices.Index([]Shape{Sq{2}, Sq{1}}, Shape(Sq{1})))

	t := template.Must(template.New("").Parse("{{if eq .A .B}}eq{{else}}ne{{end}}\n"))
	t.Execute(os.Stdout, Pair{Sq{1}, Sq{1}})
	t.Execute(os.Stdout, Pair{Sq{1}, Sq{2}})
}
