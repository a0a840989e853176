//go:build ignore

// An error an UnmarshalJSON method returns ends decoding, as json ends
// it (fields and elements after it keep their values); a type error does
// not.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type P int

func (p *P) UnmarshalJSON(b []byte) error {
	if string(b) == "{}" {
		return errors.New("no")
	}
	return json.Unmarshal(b, (*int)(p))
}

func main() {
	var s struct {
		Z int
		A P
		B int
	}
	err := json.Unmarshal([]byte(`{"Z":3,"A":{},"B":5}`), &s)
	fmt.Println(err, s.Z, s.B)
	var ps []P
	err = json.Unmarshal([]byte(`[1,{},3]`), &ps)
	fmt.Println(err, len(ps), ps)
	var arr [3]P
	err = json.Unmarshal([]byte(`[1,{},3]`), &arr)
	fmt.Println(err, arr)
	var t struct {
		A P
		B int
		C string
	}
	err = json.Unmarshal([]byte(`{"A":1,"B":"x","C":"c"}`), &t)
	fmt.Println(err, t.A, t.B, t.C)
}
