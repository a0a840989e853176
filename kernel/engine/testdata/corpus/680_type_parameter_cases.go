//go:build ignore

// Type switches with a case of a type parameter (case T), bound and
// unbound, for concrete and interface type arguments.
package main

import (
	"errors"
	"fmt"
)

func Kind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	}
	return "other"
}

func OfType[T any](xs []any) []T {
	var out []T
	for _, x := range xs {
		switch v := x.(type) {
		case T:
			out = append(out, v)
		}
	}
	return out
}

type Named interface{ Name() string }

type Dog struct{}

func (Dog) Name() string { return "dog" }

func main() {
	fmt.Println(Kind[int]("a"), Kind[error](2), Kind[string]("s"))
	fmt.Println(OfType[int]([]any{1, "a", 3}))
	fmt.Println(OfType[error]([]any{1, errors.New("e")}))
	fmt.Println(OfType[fmt.Stringer]([]any{1, errors.New("e")}))
	fmt.Println(len(OfType[Named]([]any{Dog{}, 2, Dog{}})))
}
