//go:build ignore

// errors.AsType through the program's Unwrap methods, to program and
// standard-library types.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) Unwrap() []error { return m.errs }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	var err error = &OpError{"get", &NotFound{"k"}}
	nf, ok := errors.AsType[*NotFound](err)
	fmt.Println(nf, ok)
	_, err2 := os.Open("/nonexistent/x")
	err = &OpError{"open", err2}
	pe, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(pe.Op, ok)
	err = Multi{[]error{errors.New("a"), &OpError{"put", Code(7)}}}
	c, ok := errors.AsType[Code](err)
	fmt.Println(c, ok)
	op, ok := errors.AsType[*OpError](err)
	fmt.Println(op.Op, ok)
	_, ok = errors.AsType[*NotFound](err)
	fmt.Println(ok)
	if e, ok := errors.AsType[interface {
		error
		Unwrap() error
	}](err); ok {
		fmt.Println("unwrapper", e)
	}
}
