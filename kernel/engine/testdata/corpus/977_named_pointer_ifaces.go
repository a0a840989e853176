//go:build ignore

// Pointers to named non-struct types held in any, asserted to interfaces
// of the standard library that only their pointers implement.

package main

import (
	"encoding"
	"encoding/json"
	"fmt"
)

type Status int

func (s *Status) UnmarshalJSON(b []byte) error { *s = Status(len(b)); return nil }

type Level int

func (l *Level) UnmarshalText(b []byte) error { *l = Level(len(b) * 10); return nil }

func decode(v any, data string) string {
	if u, ok := v.(json.Unmarshaler); ok {
		return fmt.Sprint("json ", u.UnmarshalJSON([]byte(data)))
	}
	if u, ok := v.(encoding.TextUnmarshaler); ok {
		return fmt.Sprint("text ", u.UnmarshalText([]byte(data)))
	}
	return "none"
}

func main() {
	var s Status
	var l Level
	var i int
	err := error(nil)
	fmt.Println(s, l, i, err)
	fmt.Println(decode(&s, "abc"), decode(&l, "abcd"), decode(&i, "x"))
	fmt.Println(s, l, i)
	var p any = &s
	u := p.(json.Unmarshaler)
	u.UnmarshalJSON([]byte("12345"))
	fmt.Println(s)
	defer func() { fmt.Println(recover()) }()
	var q any = &i
	_ = q.(json.Unmarshaler)
}
