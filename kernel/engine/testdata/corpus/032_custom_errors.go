//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Issue }

type NotFound struct{ Key string }

func (n NotFound) Error() string        { return "not found: " + n.Key }
func (n NotFound) Is(target error) bool { return target == ErrMissing }

var ErrMissing = errors.New("missing")

type TempErr struct{ err error }

func (t *TempErr) Error() string   { return "temporary: " + t.err.Error() }
func (t *TempErr) Unwrap() error   { return t.err }
func (t *TempErr) Temporary() bool { return true }

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", "must be non-negative"}
	}
	return nil
}

func lookup(k string) error {
	return fmt.Errorf("lookup(%q): %w", k, NotFound{k})
}

func mayFail() error {
	var p *argError
	return p // a non-nil interface holding a nil pointer
}

func main() {
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg)
		fmt.Println(ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}
	err = fmt.Errorf("wrapped: %w", validate(-1))
	fmt.Println(err)
	var ve ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field)
	}
	err = lookup("cfg")
	fmt.Println(err, errors.Is(err, ErrMissing))
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	te := &TempErr{errors.New("timeout")}
	wrapped := fmt.Errorf("request: %w", te)
	var tmp interface{ Temporary() bool }
	if errors.As(wrapped, &tmp) {
		fmt.Println("temporary?", tmp.Temporary())
	}
	fmt.Println(wrapped)
	e := mayFail()
	fmt.Println(e == nil)
	switch err := validate(-5).(type) {
	case nil:
		fmt.Println("ok")
	case ValidationError:
		fmt.Println("validation:", err.Issue)
	}
	fmt.Printf("%v | %+v | %T\n", validate(-1), validate(-1), validate(-1))
}
