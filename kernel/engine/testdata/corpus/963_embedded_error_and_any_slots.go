//go:build ignore

// Struct types embedding error (the codeErr pattern) held in error: %T,
// assertions, errors.As, Is and Unwrap; and literals of named slice and
// map types stored in any slots (map elements, slice elements, fields,
// through pointers).

package main

import (
	"errors"
	"fmt"
	"io"
)

type codeErr struct {
	error
	code int
}

type opErr struct {
	Op string
	error
}

func (o opErr) Unwrap() error { return o.error }

type Tags []string
type Attrs map[string]int

type Box struct{ V any }

func find(k string) error {
	if k == "" {
		return codeErr{errors.New("empty key"), 400}
	}
	return opErr{"read", io.EOF}
}

func main() {
	for _, k := range []string{"", "x"} {
		err := find(k)
		fmt.Printf("%T %v\n", err, err)
		if ce, ok := err.(codeErr); ok {
			fmt.Println("code", ce.code)
		}
		var ce codeErr
		fmt.Println(errors.As(err, &ce), ce.code)
		var oe opErr
		fmt.Println(errors.As(err, &oe), oe.Op, errors.Is(err, io.EOF), errors.Unwrap(err))
		switch e := err.(type) {
		case codeErr:
			fmt.Println("switch code", e.code, e.Error())
		case opErr:
			fmt.Println("switch op", e.Op)
		}
	}

	m := map[string]any{}
	m["tags"] = Tags{"a", "b"}
	m["attrs"] = Attrs{"x": 1}
	s := []any{nil, nil}
	s[0] = Tags{}
	s[1] = Attrs{}
	var b Box
	b.V = Tags{"c"}
	p := new(any)
	*p = Attrs{"y": 2}
	fmt.Println(m, s, b, *p)
	fmt.Printf("%T %T %T %T\n", m["tags"], s[1], b.V, *p)
	if t, ok := m["tags"].(Tags); ok {
		fmt.Println(len(t), t[1])
	}
}
