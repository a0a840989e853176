//go:build ignore

// json adds the field and struct to a type error an UnmarshalJSON method
// returns, not to one it wraps.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type D struct{ s string }

func (d *D) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &d.s); err != nil {
		return fmt.Errorf("wrapped: %w", err)
	}
	return nil
}

type E struct{ n int }

func (e *E) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, &e.n) }

type W struct {
	Inner struct {
		V E `json:"v"`
	} `json:"inner"`
}

type C struct {
	T D `json:"t"`
}

func main() {
	var c C
	err := json.Unmarshal([]byte(`{"t":5}`), &c)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Struct, err)
	var w W
	err = json.Unmarshal([]byte(`{"inner":{"v":"x"}}`), &w)
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Struct, err)
}
