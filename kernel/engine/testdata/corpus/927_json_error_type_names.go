//go:build ignore

// encoding/json's errors name the program's types: the whole value, a
// field's type, a non-pointer target, an anonymous struct's field; the
// error keeps its type.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type P struct {
	Name string
	Kids []P
}

type Q struct{ N int }

type L []Q

type T struct {
	A  int
	An struct{ D int }
}

func main() {
	var p P
	var q Q
	var l L
	var t T
	err := json.Unmarshal([]byte(`[1]`), &q)
	fmt.Printf("%T %v\n", err, err)
	_, ok := err.(*json.UnmarshalTypeError)
	fmt.Println(ok)
	fmt.Println(json.Unmarshal([]byte(`{"Kids":{}}`), &p))
	fmt.Println(json.Unmarshal([]byte(`{}`), q))
	fmt.Println(json.Unmarshal([]byte(`{}`), &l))
	fmt.Println(json.Unmarshal([]byte(`{"An":{"D":"x"}}`), &t))
	var te *json.UnmarshalTypeError
	if errors.As(json.Unmarshal([]byte(`"s"`), &q), &te) {
		fmt.Println(te.Value, te.Type, te.Field == "")
	}
}
