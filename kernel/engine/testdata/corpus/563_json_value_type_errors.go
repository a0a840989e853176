//go:build ignore

package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type P struct{ X, Y int }

func main() {
	var p P
	err := json.Unmarshal([]byte(`[1,2]`), &p)
	fmt.Println(err)
	var te *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &te), te.Value)
	var ps []P
	fmt.Println(json.Unmarshal([]byte(`[1]`), &ps))
}
