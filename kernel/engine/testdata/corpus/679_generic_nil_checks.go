//go:build ignore

// any(v) == nil in generic functions, for slices, pointers, numbers
// and interfaces.
package main

import (
	"errors"
	"fmt"
)

func IsNil[T any](v T) bool { return any(v) == nil }

func NotNil[T any](v T) bool { return any(v) != nil }

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func ErrNil[T error](v T) bool { return error(v) == nil }

func Coalesce[T comparable](xs ...T) T {
	var zero T
	for _, x := range xs {
		if x != zero {
			return x
		}
	}
	return zero
}

func main() {
	fmt.Println(IsNil([]int(nil)), IsNil((*int)(nil)))
	fmt.Println(IsNil(0), NotNil("s"))
	var e error
	fmt.Println(IsNil(e), IsNil[error](errors.New("x")))
	fmt.Println(ErrNil((*MyErr)(nil)))
	fmt.Println(Coalesce("", "b", "c"), Coalesce(0, 0, 3))
}
