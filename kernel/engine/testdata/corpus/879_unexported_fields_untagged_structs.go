//go:build ignore

// Anonymous struct types and struct types declared inside functions,
// with unexported fields, held in interfaces: fmt prints their declared
// field names, and json leaves the unexported fields out, as Go does.
package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
)

type T struct {
	name string
	Age  int
}

func show(v any) {
	fmt.Printf("%v %+v\n", v, v)
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	p := struct {
		name string
		age  int
	}{"ann", 41}
	show(p)
	fmt.Printf("%+v\n", p)
	type point struct{ x, y int }
	show(point{1, 2})
	fmt.Printf("%#v\n", any(point{3, 4}))
	show(struct {
		ID   int
		note string
	}{7, "hidden"})
	show([]any{T{"n", 3}, struct{ k string }{"v"}, struct{ A, b int }{1, 2}})
	m := map[string]any{"p": struct{ lat, Lon float64 }{1.5, 2.5}}
	fmt.Printf("%+v\n", m)
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	rows := []struct {
		label string
		n     int
	}{{"a", 1}, {"b", 2}}
	for _, r := range rows {
		var v any = r
		fmt.Printf("%+v ", v)
	}
	fmt.Println()
	fmt.Printf("%T\n", any(p))
	x, _ := xml.Marshal(struct {
		XMLName xml.Name `xml:"r"`
		A       int
		b       int
	}{A: 1, b: 2})
	fmt.Println(string(x))
	var in struct {
		Name string
		note string
	}
	err := json.Unmarshal([]byte(`{"Name":"n","note":"x","Xnote":"y"}`), &in)
	var held any = in
	fmt.Printf("%+v %v\n", held, err)
}
