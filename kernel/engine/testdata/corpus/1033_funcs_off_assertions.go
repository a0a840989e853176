//go:build ignore

// Functions and methods reached straight through a type assertion:
// builtins of a little interpreter kept in map[string]any and called as
// env["add"].(func(a, b any) any)(x, y) get values of named types as they
// are; method values taken off an assertion (a.(T).Name, d.(Dir).String,
// a.(fmt.Stringer).String, e.(error).Error).

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Sym string
type Int int
type List []any

type Dir int

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

type T struct{ n int }

func (t T) Name() string { return fmt.Sprint("t", t.n) }

type Namer interface{ Name() string }

func describe(v any) string {
	switch x := v.(type) {
	case Sym:
		return "sym " + string(x)
	case Int:
		return fmt.Sprint("int ", int(x))
	case List:
		return fmt.Sprint("list of ", len(x))
	case string:
		return "string " + x
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	env := map[string]any{
		"add":  func(a, b any) any { return a.(Int) + b.(Int) },
		"kind": func(a any) any { return describe(a) },
		"len":  func(args ...any) any { return Int(len(args)) },
	}
	fmt.Println(env["add"].(func(a, b any) any)(Int(1), Int(2)))
	for _, v := range []any{Sym("x"), Int(3), List{1, 2}, "s"} {
		fmt.Println(env["kind"].(func(any) any)(v))
	}
	fmt.Println(env["kind"].(func(any) any)(Sym("direct")))
	fmt.Println(env["len"].(func(...any) any)(Sym("a"), Int(1)))
	get := func() func(any) any { return env["kind"].(func(any) any) }
	fmt.Println(get()(Int(7)))
	var ff any = fmt.Sprintf
	fmt.Println(ff.(func(string, ...any) string)("%T %v", Sym("g"), Dir(1)))

	var a any = T{1}
	f := a.(T).Name
	fmt.Println(f(), a.(Namer).Name())
	var d any = Dir(2)
	g := d.(Dir).String
	fmt.Println(g())
	var s any = &strings.Builder{}
	h := s.(fmt.Stringer).String
	fmt.Println(h() == "")
	var e any = errors.New("boom")
	k := e.(error).Error
	fmt.Println(k())
}
