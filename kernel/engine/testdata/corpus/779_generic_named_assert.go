//go:build ignore

// Assertions and type switches to named generic non-struct types (func,
// slice, map) instantiated with a generic function's type parameter: a
// typed event bus keeping its handlers as any. And _ = *p of a nil p.
package main

import (
	"errors"
	"fmt"
)

type Handler[E any] func(E) error
type List[E any] []E
type Index[E comparable] map[E]int

type Bus struct{ handlers map[string][]any }

func Subscribe[E any](b *Bus, h Handler[E]) {
	name := fmt.Sprintf("%T", *new(E))
	b.handlers[name] = append(b.handlers[name], h)
}

func Emit[E any](b *Bus, e E) error {
	var errs []error
	for _, h := range b.handlers[fmt.Sprintf("%T", e)] {
		if err := h.(Handler[E])(e); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func Describe[E comparable](v any) string {
	switch x := v.(type) {
	case List[E]:
		return fmt.Sprint("list of ", len(x))
	case Index[E]:
		return fmt.Sprint("index of ", len(x))
	case Handler[E]:
		return "handler"
	}
	return "other"
}

type Login struct{ User string }
type Logout struct{ User string }

func main() {
	b := &Bus{handlers: map[string][]any{}}
	Subscribe(b, func(e Login) error { fmt.Println("welcome", e.User); return nil })
	Subscribe(b, func(e Login) error { return fmt.Errorf("audit down for %s", e.User) })
	Subscribe(b, func(e Logout) error { fmt.Println("bye", e.User); return nil })
	fmt.Println(Emit(b, Login{"ann"}))
	fmt.Println(Emit(b, Logout{"bob"}))
	fmt.Println(Describe[int](List[int]{1, 2}), Describe[int](Index[int]{1: 1}))
	fmt.Println(Describe[string](Handler[string](func(string) error { return nil })))
	fmt.Println(Describe[int](List[string]{"x"}), Describe[int](42))
	_, ok := any(List[int]{}).(List[int])
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *Login
	_ = *p
	fmt.Println("not reached")
}
