//go:build ignore

// A generic Option type with MarshalJSON and String, marshaled and
// printed from any, []any and map[string]any.
package main

import (
	"encoding/json"
	"fmt"
)

type Opt[T any] struct {
	V  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if !o.ok {
		return []byte("null"), nil
	}
	return json.Marshal(o.V)
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.V)
}

type Pair[K comparable, V any] struct {
	Key K `json:"k"`
	Val V `json:"v"`
}

func main() {
	b, _ := json.Marshal(Some(1))
	fmt.Println(string(b))
	var x any = Some("s")
	b, _ = json.Marshal(x)
	fmt.Println(string(b))
	b, _ = json.Marshal([]any{Some(2), Opt[int]{}, Pair[string, int]{"a", 1}})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]any{"k": Some(1.5), "p": Pair[string, Opt[int]]{"x", Some(3)}})
	fmt.Println(string(b))
	fmt.Println(x, []any{Some(2), Opt[int]{}})
}
