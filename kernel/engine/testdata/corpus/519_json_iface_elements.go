//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Doc struct{ S Shape }

func main() {
	b, _ := json.Marshal([]Shape{Circle{2}})
	fmt.Println(string(b))
	b, _ = json.Marshal(Doc{Circle{2}})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]Shape{"c": Circle{2}})
	fmt.Println(string(b))
	var s Shape = Circle{2}
	b, _ = json.Marshal(s)
	fmt.Println(string(b))
}
