//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type base struct {
	ID   int `json:"id"`
	rev  int
	Kind string `json:"kind,omitempty"`
}

type meta struct {
	At time.Time `json:"at"`
}

type Item struct {
	base
	meta
	Name string `json:"name"`
}

type myint int

type Other struct {
	myint
	Base base `json:"base"`
}

func main() {
	at := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	b, _ := json.Marshal(Item{base{7, 1, ""}, meta{at}, "x"})
	fmt.Println(string(b))
	var it Item
	err := json.Unmarshal([]byte(`{"id":9,"name":"y","kind":"k","at":"2024-05-06T07:08:09Z"}`), &it)
	fmt.Println(err, it.ID, it.Name, it.Kind, it.At.Year() == 2024)
	b, _ = json.Marshal(Other{3, base{1, 2, "z"}})
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]Item{{base: base{ID: 1}, Name: "a"}}, "", " ")
	fmt.Println(string(b))
}
