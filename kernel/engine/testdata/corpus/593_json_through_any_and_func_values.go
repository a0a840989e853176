//go:build ignore

// encoding/json reached through a helper taking any and through
// json.Marshal held as a function value sees the cell's types: their
// MarshalJSON methods, field tags and embedded structs.
package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"low", "mid", "high"}[l])
}

type Meta struct {
	ID   int    `json:"id"`
	Kind string `json:"kind,omitempty"`
}

type Msg struct {
	Meta
	Text  string `json:"text"`
	Level Level  `json:"level"`
	note  string
}

func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

type codec struct {
	name string
	enc  func(any) ([]byte, error)
}

func main() {
	fmt.Println(toJSON(Msg{Meta{1, ""}, "hi", 2, "x"}))
	fmt.Println(toJSON([]any{Level(0), &Msg{Text: "p"}}))
	encode := json.Marshal
	b, _ := encode(Msg{Meta{2, "k"}, "yo", 1, ""})
	fmt.Println(string(b))
	codecs := []codec{{"json", json.Marshal}}
	for _, c := range codecs {
		b, err := c.enc(Msg{Text: "c", Level: 2})
		fmt.Println(c.name, string(b), err)
	}
	decode := json.Unmarshal
	var m Msg
	fmt.Println(decode([]byte(`{"id":7,"text":"back"}`), &m), m.ID, m.Text)
	indent := json.MarshalIndent
	b, _ = indent(Meta{3, "z"}, "", " ")
	fmt.Println(string(b))
}
