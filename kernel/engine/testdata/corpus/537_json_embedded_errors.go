//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
)

type Meta struct {
	Version int `json:"version"`
}

type Inner struct {
	X int `json:"x"`
}

type Reading struct {
	Meta
	In  Inner `json:"in"`
	Val float64
}

func main() {
	var r Reading
	fmt.Println(json.Unmarshal([]byte(`{"version":"x"}`), &r))
	fmt.Println(json.Unmarshal([]byte(`{"in":{"x":"y"}}`), &r))
	fmt.Println(json.Unmarshal([]byte(`{"Val":true}`), &r))
	var rs []Reading
	fmt.Println(json.Unmarshal([]byte(`[{"version":1},{"version":"2"}]`), &rs))
}
