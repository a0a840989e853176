//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

func (c Color) MarshalText() ([]byte, error) { return []byte(strings.ToLower(c.String())), nil }

type Item struct {
	Name  string
	Color Color
	tags  []Color
}

type Inv struct {
	Items []Item
	Count map[Color]int
	Best  *Item
}

func show(v any) { fmt.Printf("%v|%+v\n", v, v) }

func main() {
	it := Item{"apple", Red, []Color{Green}}
	inv := Inv{Items: []Item{it, {"leaf", Green, nil}}, Count: map[Color]int{Red: 1, Green: 2}, Best: &it}
	show(it)
	show(&it)
	b, _ := json.Marshal([]any{inv, Green})
	fmt.Println(string(b))
	var items []any
	items = append(items, Green, it)
	fmt.Println(items...)
	fmt.Printf("%v %#v\n", items, items[0])
	ch := make(chan any, 2)
	ch <- Green
	fmt.Println(<-ch)
	type pair struct {
		K string
		V any
	}
	p := pair{"k", Red}
	fmt.Printf("%+v\n", p)
}
