//go:build ignore

// Structs with several blank (_) fields: comparison, printing, json.
package main

import (
	"encoding/json"
	"fmt"
)

type Reg struct {
	_    int
	Name string
	_    int
	_, _ [2]byte
}

type pad struct {
	a int
	_ [4]byte
	b int
}

func main() {
	r := Reg{Name: "a"}
	fmt.Println(r == Reg{Name: "a"}, r.Name)
	fmt.Printf("%v %+v\n", r, r)
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	p := pad{a: 1, b: 2}
	fmt.Printf("%v %+v %#v\n", p, p, p)
}
