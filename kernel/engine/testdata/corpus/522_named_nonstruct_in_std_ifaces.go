//go:build ignore

package main

import (
	"errors"
	"fmt"
	"strings"
)

// Values of named non-struct types held in error and fmt.Stringer:
// %T, assertions to other interfaces, type switches and errors.As/Is tell
// them apart from other types with the same underlying type.

type Code int

func (c Code) Error() string   { return fmt.Sprintf("code %d", int(c)) }
func (c Code) Temporary() bool { return c < 10 }

type Other int

func (o Other) Error() string { return fmt.Sprintf("other %d", int(o)) }

type Msg string

func (m Msg) Error() string { return string(m) }

type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

type Flag bool

func (f Flag) String() string {
	if f {
		return "on"
	}
	return "off"
}

type temporary interface{ Temporary() bool }

type Res struct {
	Err  error
	Name fmt.Stringer
}

func classify(err error) string {
	var t temporary
	if errors.As(err, &t) {
		return fmt.Sprint("temp=", t.Temporary())
	}
	return "other"
}

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case Code:
		return fmt.Sprint("Code ", int(e))
	case Other:
		return fmt.Sprint("Other ", int(e))
	case Msg:
		return "Msg " + string(e)
	default:
		return fmt.Sprintf("%T", e)
	}
}

func main() {
	errs := []error{Code(1), errors.New("plain"), Other(2), Msg("m"), nil, fmt.Errorf("w %w", Other(3))}
	for _, err := range errs {
		fmt.Printf("%T %v | %s | ", err, err, kind(err))
		_, isCode := err.(Code)
		var o Other
		fmt.Println(isCode, errors.As(err, &o), o, classify(err))
	}
	var s fmt.Stringer = Names{"a", "b"}
	fmt.Printf("%T %v %q\n", s, s, s)
	s = Flag(true)
	fmt.Printf("%T %v %+v\n", s, s, s)
	r := Res{Err: Code(9), Name: Flag(false)}
	fmt.Printf("%v %+v\n", r, r)
	w := fmt.Errorf("ctx: %w", Code(5))
	fmt.Printf("%T %v\n", errors.Unwrap(w), errors.Unwrap(w))
	var err error = Other(5)
	c, ok := err.(Code)
	fmt.Println(c, ok, errors.Is(err, Other(5)), errors.Is(err, Code(5)))
	if t, ok := err.(interface{ Temporary() bool }); ok {
		fmt.Println("temporary?", t.Temporary())
	}
	err = Code(4)
	if t, ok := err.(temporary); ok {
		fmt.Printf("%T %v\n", t, t.Temporary())
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var e error = Other(1)
		fmt.Println(e.(Code))
	}()
}
