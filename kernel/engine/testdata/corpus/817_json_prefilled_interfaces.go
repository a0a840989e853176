//go:build ignore

// json decodes into a pointer already held in an interface: an any field
// of an envelope, an element of a []any, and a variable of the program's
// interface type, also when the pointed-to type has methods.
package main

import (
	"encoding/json"
	"fmt"
)

type Login struct{ User string }

func (l *Login) Describe() string { return "login " + l.User }

type Envelope struct {
	Type string
	Data any
}

type Pet interface{ Sound() string }

type Dog struct{ Name string }

func (d *Dog) Sound() string { return d.Name + " says woof" }

func main() {
	env := Envelope{Data: &Login{}}
	err := json.Unmarshal([]byte(`{"Type":"login","Data":{"User":"ann"}}`), &env)
	fmt.Printf("%T %v %v %s\n", env.Data, env.Data, err, env.Data.(*Login).Describe())

	xs := []any{&Login{}, &Dog{}}
	err = json.Unmarshal([]byte(`[{"User":"bob"},{"Name":"rex"}]`), &xs)
	fmt.Printf("%T %v %T %v %v\n", xs[0], xs[0], xs[1], xs[1], err)

	d := &Dog{}
	var p Pet = d
	err = json.Unmarshal([]byte(`{"Name":"max"}`), &p)
	fmt.Printf("%T %q %v %s\n", p, d.Name, err, p.Sound())

	env2 := Envelope{Data: &Login{User: "old"}}
	err = json.Unmarshal([]byte(`{"Type":"none","Data":null}`), &env2)
	fmt.Println(env2.Data == nil, err)
}
