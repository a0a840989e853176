//go:build ignore

// Instances of generic alias types (a pointer alias in a local var);
// json map keys of a named string type with UnmarshalText; a pointer to
// a named int with a value String method asserted to fmt.Stringer.

package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type PtrTo[T any] = *T
type Set[T comparable] = map[T]struct{}
type Pair[K comparable, V any] = struct {
	K K
	V V
}
type Fn[T any] = func(T) T
type List[T any] = []T

func Keys[T comparable](s Set[T]) int { return len(s) }

type Color string

func (c *Color) UnmarshalText(b []byte) error {
	*c = Color(strings.ToLower(string(b)))
	return nil
}

type Level int

func (l *Level) Set(x int)     { *l = Level(x) }
func (l Level) String() string { return fmt.Sprint("L", int(l)) }

func main() {
	n := 5
	var p PtrTo[int] = &n
	fmt.Println(*p)
	q := PtrTo[int](&n)
	*q = 6
	fmt.Println(n)
	s := Set[string]{"a": {}}
	s["b"] = struct{}{}
	fmt.Println(len(s), Keys(s))
	pr := Pair[string, int]{"x", 1}
	fmt.Println(pr)
	var f Fn[int] = func(x int) int { return x * 2 }
	fmt.Println(f(4))
	l := List[int]{1, 2}
	l = append(l, 3)
	fmt.Println(l)
	var any1 any = s
	switch any1.(type) {
	case Set[string]:
		fmt.Println("set")
	}

	var m map[Color]int
	err := json.Unmarshal([]byte(`{"Q":2,"RED":3}`), &m)
	fmt.Println(m, err)
	var nested struct{ M map[Color][]int }
	json.Unmarshal([]byte(`{"M":{"A":[1]}}`), &nested)
	fmt.Println(nested)

	lv := Level(3)
	var a any = &lv
	st, ok := a.(fmt.Stringer)
	fmt.Println(ok, st.String())
	switch v := a.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v.String())
	}
	if setter, ok := a.(interface{ Set(int) }); ok {
		setter.Set(8)
	}
	fmt.Println(lv)
}
