//go:build ignore

// fmt.Errorf with error arguments under every verb: %T names their type,
// %d and %#v print their fields, %w wraps them.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprint("code ", c.N) }

type Msg string

func (m Msg) Error() string { return string(m) }

type P struct{ N int }

func main() {
	var err error = &NotFound{"k"}
	w := fmt.Errorf("unexpected %T: %w", err, err)
	fmt.Println(w, errors.Unwrap(w) == err)
	fmt.Println(fmt.Errorf("%v | %s | %q", err, err, err))
	fmt.Println(fmt.Errorf("%T %d %+v", Code{4}, Code{4}, Code{4}))
	fmt.Println(fmt.Errorf("%#v", Code{5}))
	fmt.Println(fmt.Errorf("%T %v %w", Msg("m"), Msg("m"), Msg("m")))
	fmt.Println(fmt.Errorf("%d items: %w", 3, Code{6}))
	var target Code
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", Code{7}), &target), target.N)
	fmt.Println(fmt.Errorf("p=%v %+v %T", P{1}, P{2}, P{3}))
	var nf *NotFound
	fmt.Println(errors.As(w, &nf), nf.Key)
}
