//go:build ignore

// Aliases of struct types (plain and generic, Go 1.24) are those struct
// types, also for the standard library's generic functions; json's
// omitzero leaves out zero fields whose types have MarshalJSON.
package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
)

type P = struct{ X, Y int }

type Pair[A, B any] = struct {
	First  A
	Second B
}

type Cents int64

func (c Cents) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, c/100, c%100)), nil
}

type Money struct{ C int64 }

func (m Money) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint(m.C)), nil }

type Invoice struct {
	N        int   `json:"n"`
	Total    Cents `json:"total,omitzero"`
	Discount Money `json:"discount,omitzero"`
	Tax      Cents `json:"tax,omitempty"`
}

func main() {
	ps := []P{{2, 1}, {1, 2}}
	fmt.Println(slices.Contains(ps, P{1, 2}), slices.Index(ps, P{2, 1}))
	slices.SortFunc(ps, func(a, b P) int { return a.X - b.X })
	fmt.Println(ps, slices.Clone(ps))
	m := map[string]P{"a": {1, 1}}
	fmt.Println(slices.Collect(maps.Values(m)))

	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return x.Second - y.Second })
	fmt.Println(pairs)
	var q struct {
		First  string
		Second int
	} = pairs[0]
	fmt.Println(q, q == pairs[0])

	for _, inv := range []Invoice{{N: 1}, {N: 2, Total: 1250, Discount: Money{5}, Tax: 7}} {
		b, err := json.Marshal(inv)
		fmt.Println(string(b), err)
	}
}
