//go:build ignore

// json marshals a struct type declared in a function by the MarshalJSON
// it gets from an embedded field (also through the alias trick inside a
// type's own MarshalJSON), as Go does.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Inner struct{ ID int }

func (Inner) MarshalJSON() ([]byte, error) { return []byte(`"inner"`), nil }

type Base struct{ ID int }

func (b Base) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`{"base":%d}`, b.ID)), nil }

type Shadow struct {
	Base
	Name string
}

func (s Shadow) MarshalJSON() ([]byte, error) {
	type alias Shadow
	return json.Marshal(struct {
		alias
		Extra bool
	}{alias(s), true})
}

type Event struct {
	Name string
	At   time.Time
}

func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	return json.Marshal(struct {
		plain
		Kind string
	}{plain(e), "event"})
}

func main() {
	type view struct {
		Inner
		N int
	}
	b, err := json.Marshal(view{})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Shadow{Base{2}, "s"})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Event{"e", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)})
	fmt.Println(string(b), err)
}
