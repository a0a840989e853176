//go:build ignore

// json decoding into values already holding data, with types that have
// their own UnmarshalText or UnmarshalJSON: what the input leaves out is
// kept, and an envelope's any field decodes into the payload it points to.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l *Level) UnmarshalText(b []byte) error { *l = Level(len(b)); return nil }

type Name struct{ S string }

func (n *Name) UnmarshalJSON(b []byte) error {
	n.S = strings.ToUpper(strings.Trim(string(b), `"`))
	return nil
}

type Config struct {
	N      int
	Levels []Level
}

type Item struct {
	Name string
	L    Level
}

type Resp struct {
	OK   bool
	Data any
}

func main() {
	// Decoding again into the same value keeps what the input leaves out.
	var c Config
	json.Unmarshal([]byte(`{"Levels":["abc"]}`), &c)
	fmt.Println(c)
	json.Unmarshal([]byte(`{"N":1}`), &c)
	fmt.Println(c)

	m := map[string]Level{"a": 7}
	json.Unmarshal([]byte(`{"b":"xy"}`), &m)
	items := []Item{{"a", 4}, {"b", 2}}
	json.Unmarshal([]byte(`[{"Name":"c"}]`), &items)
	fmt.Println(m, items, cap(items), items[:2])

	dec := json.NewDecoder(strings.NewReader(`{"Name":"x","L":"abcd"} {"Name":"y"}`))
	var it Item
	for dec.More() {
		if err := dec.Decode(&it); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(it)
	}

	// An envelope whose any field holds a pointer to the payload.
	var names []Name
	r := Resp{Data: &names}
	err := json.Unmarshal([]byte(`{"OK":true,"Data":["a","b"]}`), &r)
	fmt.Println(err, r.OK, names)
	var one Item
	r2 := Resp{Data: &one}
	fmt.Println(json.Unmarshal([]byte(`{"Data":{"Name":"z","L":"ab"}}`), &r2), one)
}
