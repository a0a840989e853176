//go:build ignore

// Explicit type arguments of a generic function written over several
// lines (gofmt's layout for interface type arguments).
package main

import (
	"errors"
	"fmt"
)

func Name[K comparable, V any]() string { return fmt.Sprintf("%T", map[K]V{}) }

func IsA[E error](err error) bool { _, ok := errors.AsType[E](err); return ok }

type T struct{}

func (T) Timeout() bool { return true }
func (T) Error() string { return "t" }

func Pair[A, B any](a A, b B) string { return fmt.Sprint(a, b) }

func main() {
	fmt.Println(Name[
		string,
		int,
	]())
	fmt.Println(IsA[interface {
		error
		Timeout() bool
	}](errors.New("x")), IsA[interface {
		error
		Timeout() bool
	}](T{}))
	fmt.Println(Pair[int,
		string](1,
		"a"))
	x := 3
	panicky := func() { var s []int; _ = s[x] }
	defer func() { fmt.Println("recovered", recover() != nil) }()
	fmt.Println(Name[
		int, bool]())
	panicky()
}
