//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string {
	if e == nil {
		return "not found (nil)"
	}
	return "not found: " + e.Key
}

type Plain struct{ msg string }

func (e *Plain) Error() string { return e.msg }

func lookup(k string) *NotFound {
	if k == "x" {
		return &NotFound{k}
	}
	return nil
}

func get(k string) error {
	return lookup(k)
}

func plain() error {
	var p *Plain
	return p
}

func main() {
	for _, k := range []string{"x", "y"} {
		err := get(k)
		fmt.Println(k, err == nil, err)
		var nf *NotFound
		if errors.As(err, &nf) {
			fmt.Println("  as:", nf == nil, nf)
		}
		switch e := err.(type) {
		case *NotFound:
			fmt.Println("  switch NotFound", e == nil)
		case nil:
			fmt.Println("  nil")
		}
		if v, ok := err.(*NotFound); ok {
			fmt.Println("  assert ok", v == nil)
		}
	}
	e := plain()
	fmt.Println(e != nil)
	fmt.Println(e)
	fmt.Printf("%v|%s|%T\n", e, e, e)
	wrapped := fmt.Errorf("wrap: %w", get("y"))
	fmt.Println(wrapped)
	errs := []error{get("x"), get("y"), nil}
	n := 0
	for _, er := range errs {
		if er != nil {
			n++
		}
	}
	fmt.Println(n)
}
