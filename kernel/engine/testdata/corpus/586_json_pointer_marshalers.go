//go:build ignore

// encoding/json on the cell's types: pointer-receiver MarshalJSON on
// addressable values, decoding into an any holding a pointer, errors of
// MarshalJSON methods, and type errors inside anonymous structs.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type PM struct{ N int }

func (p *PM) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"pm%d"`, p.N)), nil }

type Holder struct {
	V PM
	P *PM
}

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	err := json.Unmarshal(b, &s)
	*u = Upper(strings.ToUpper(s))
	return err
}

type Msg struct{ Text Upper }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

type Fail struct{}

func (Fail) MarshalJSON() ([]byte, error) { return nil, errors.New("nope") }

type Inner struct{ A int }

func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func main() {
	fmt.Println(toJSON(&PM{1}))
	fmt.Println(toJSON([]PM{{2}, {3}}))
	fmt.Println(toJSON(&Holder{PM{4}, &PM{5}}))
	fmt.Println(toJSON(Holder{PM{6}, nil}))
	fmt.Println(toJSON(PM{7}))
	fmt.Println(toJSON(map[string]*PM{"k": {8}}))

	var target any = &Msg{}
	err := json.Unmarshal([]byte(`{"Text":"hi"}`), &target)
	fmt.Println(target.(*Msg).Text, err)

	fmt.Println(toJSON(Bad{}))
	_, err = json.Marshal(Fail{})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), errors.Unwrap(err))

	var v struct {
		N int
		I Inner
	}
	fmt.Println(json.Unmarshal([]byte(`{"N":"str"}`), &v))
}
