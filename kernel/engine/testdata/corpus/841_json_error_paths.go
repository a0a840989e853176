//go:build ignore

// json type errors returned by UnmarshalJSON methods, and errors inside
// recursive types, name the struct and the path of fields, as Go does.
package main

import (
	"encoding/json"
	"fmt"
)

type Status int

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	*s = Status(len(str))
	return nil
}

type Inner struct {
	St Status `json:"st"`
}

type Outer struct {
	Name   string
	In     Inner   `json:"in"`
	List   []Inner `json:"list"`
	Ptr    *Inner
	Inner2 Inner
}

func main() {
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"in":{"st":5}}`), &o))
	fmt.Println(json.Unmarshal([]byte(`{"list":[{"st":"a"},{"st":true}]}`), &o))
	fmt.Println(json.Unmarshal([]byte(`{"Ptr":{"st":[]}}`), &o))
	var i Inner
	fmt.Println(json.Unmarshal([]byte(`{"st":5}`), &i))
	var s Status
	fmt.Println(json.Unmarshal([]byte(`5`), &s))
	var m map[string]Inner
	fmt.Println(json.Unmarshal([]byte(`{"k":{"st":5}}`), &m))
}
