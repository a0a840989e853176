//go:build ignore

// errors.As with a target that points to neither an interface nor an
// error type panics as Go's does (once the error is not nil).
package main

import (
	"errors"
	"fmt"
)

type Code int

type MyErr struct{ Code Code }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	err := fmt.Errorf("wrapped: %w", &MyErr{7})
	try("int", func() bool { var c int; return errors.As(err, &c) })
	try("Code", func() bool { var c Code; return errors.As(err, &c) })
	try("value MyErr", func() bool { var m MyErr; return errors.As(err, &m) })
	try("nil error", func() bool { var c int; return errors.As(nil, &c) })
	try("*MyErr", func() bool { var m *MyErr; ok := errors.As(err, &m); return ok && m.Code == 7 })
	try("any", func() bool { var a any; return errors.As(err, &a) })
}
