//go:build ignore

// Package errors calls the Unwrap, Is and As methods of error types of
// every kind: named slices (a multi-error), strings and ints, and structs
// whose Unwrap returns []error.
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var ErrBase = errors.New("base")

type MultiError []error

func (m MultiError) Error() string   { return fmt.Sprint(len(m), " errors") }
func (m MultiError) Unwrap() []error { return m }

type wrapped string

func (w wrapped) Error() string { return string(w) }
func (w wrapped) Unwrap() error { return ErrBase }

type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func (c code) Is(t error) bool {
	o, ok := t.(code)
	return ok && o/100 == c/100
}

type target struct{ s string }

func (t *target) Error() string { return t.s }

type asErr int

func (a asErr) Error() string { return "asErr" }

func (a asErr) As(t any) bool {
	if p, ok := t.(**target); ok {
		*p = &target{fmt.Sprint("set by As ", int(a))}
		return true
	}
	return false
}

type batch struct{ errs []error }

func (b *batch) Error() string   { return fmt.Sprint("batch of ", len(b.errs)) }
func (b *batch) Unwrap() []error { return b.errs }

func main() {
	var err error = MultiError{fs.ErrNotExist, ErrBase}
	fmt.Println(err, errors.Is(err, ErrBase), errors.Is(err, fs.ErrPermission))
	fmt.Println(errors.Is(wrapped("w"), ErrBase), errors.Unwrap(wrapped("w")))
	fmt.Println(errors.Is(fmt.Errorf("ctx: %w", wrapped("deep")), ErrBase))
	fmt.Println(errors.Is(code(404), code(400)), errors.Is(code(404), code(500)))
	fmt.Println(errors.Is(fmt.Errorf("req: %w", code(503)), code(500)))
	var tg *target
	fmt.Println(errors.As(asErr(7), &tg), tg)
	b := &batch{[]error{wrapped("a"), code(418)}}
	fmt.Println(b, errors.Is(b, ErrBase), errors.Is(b, code(400)), errors.Is(b, code(200)))
	var w wrapped
	fmt.Println(errors.As(b, &w), w)
	joined := errors.Join(MultiError{code(301)}, wrapped("x"))
	fmt.Println(errors.Is(joined, code(302)), errors.Is(joined, ErrBase))
}
