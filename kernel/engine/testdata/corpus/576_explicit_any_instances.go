//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
)

type Score int

func (s Score) MarshalJSON() ([]byte, error) { return []byte(`"S"`), nil }

func J[T any](x T) string { b, _ := json.Marshal(x); return fmt.Sprintf("%T %s", x, b) }

func main() {
	s := Score(2)
	fmt.Println(J[any](s))
	fmt.Println(J(s))
	fmt.Println(J(any(s)))
}
