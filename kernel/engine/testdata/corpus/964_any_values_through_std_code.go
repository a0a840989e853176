//go:build ignore

// Values of the program's types mixed in []any and in containers of the
// standard library: slices.Reverse and friends on []any, a list holding a
// struct with methods before named values (printed, %T, type switches,
// assertions), and a failed assertion from io.Writer naming io.Writer.

package main

import (
	"container/list"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
)

type S struct{}

func (S) String() string { return "S" }

type Color int

type Name string

func (n Name) String() string { return "name " + string(n) }

type key int

type N struct{ d []int }

func (N) Write(p []byte) (int, error) { return len(p), nil }

type M struct{ x int }

func (M) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	r := []any{3, "a", 2.5, nil, Color(4)}
	slices.Reverse(r)
	fmt.Println(r)
	r = slices.DeleteFunc(r, func(v any) bool { return v == nil })
	fmt.Println(r, slices.Index(r, any("a")))

	l := list.New()
	for _, v := range []any{S{}, Color(2), Name("n"), S{}, Color(3)} {
		l.PushBack(v)
	}
	for l.Len() > 0 {
		v := l.Remove(l.Front())
		c, ok := v.(Color)
		fmt.Printf("%T %v %v %v\n", v, v, c, ok)
		switch x := v.(type) {
		case Color:
			fmt.Println("color", int(x))
		case S:
			fmt.Println("struct", x)
		default:
			fmt.Println("other", x)
		}
	}

	ctx := context.Background()
	ctx = context.WithValue(ctx, key(0), S{})
	ctx = context.WithValue(ctx, key(1), Color(7))
	for i := 0; i < 2; i++ {
		v := ctx.Value(key(i))
		fmt.Printf("%T %v\n", v, v)
	}

	var w io.Writer = N{}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Fprint(w, strings.Repeat("x", 3))
	_ = w.(M)
}
