//go:build ignore

// json of nil values of the program's interface types (fields, omitempty,
// omitzero, slice elements, map values) is null, as Go writes it.
package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Doc struct {
	Name  string
	Shape Shape
	Opt   Shape `json:",omitempty"`
	Z     Shape `json:"z,omitzero"`
	List  []Shape
	M     map[string]Shape
}

func main() {
	b, _ := json.Marshal(Doc{Name: "x"})
	fmt.Println(string(b))
	b, _ = json.Marshal(Doc{Name: "y", Shape: Sq{2}, Opt: Sq{3}, List: []Shape{nil, Sq{1}}, M: map[string]Shape{"a": nil, "b": Sq{4}}})
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]any{"doc": Doc{}}, "", " ")
	fmt.Println(string(b))
}
