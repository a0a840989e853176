//go:build ignore

// Error types whose Unwrap and Is methods are promoted from embedded
// structs (by value and by pointer), for errors.Is, errors.As, Unwrap.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type NotFound struct {
	*OpError
	Key string
}

func (n NotFound) Error() string { return fmt.Sprintf("not found %q (%s)", n.Key, n.OpError.Error()) }

type Timeout struct {
	OpError
	Secs int
}

func (t *Timeout) Timeout() bool { return true }

var ErrBase = errors.New("base failure")

func find(k string) error {
	switch k {
	case "a":
		return nil
	case "b":
		return NotFound{&OpError{"get", ErrBase}, k}
	case "c":
		return &Timeout{OpError{"dial", fs.ErrNotExist}, 3}
	default:
		return fmt.Errorf("wrap %s: %w", k, &OpError{"x", os.ErrPermission})
	}
}

func main() {
	for _, k := range []string{"a", "b", "c", "d"} {
		err := find(k)
		fmt.Println(k, err)
		if err == nil {
			continue
		}
		fmt.Println("  is base:", errors.Is(err, ErrBase), "notexist:", errors.Is(err, fs.ErrNotExist), "perm:", errors.Is(err, os.ErrPermission))
		var op *OpError
		if errors.As(err, &op) {
			fmt.Println("  op:", op.Op)
		}
		var nf NotFound
		if errors.As(err, &nf) {
			fmt.Println("  nf key:", nf.Key, nf.Op)
		}
		var to interface{ Timeout() bool }
		if errors.As(err, &to) {
			fmt.Println("  timeout:", to.Timeout())
		}
		var t *Timeout
		if errors.As(err, &t) {
			fmt.Println("  secs:", t.Secs, t.Op, t.Err)
		}
	}
}
