//go:build ignore

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type ValidationError struct {
	Field string
	Value any
	Err   error
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s %v: %v", e.Field, e.Value, e.Err)
}

func (e *ValidationError) Unwrap() error { return e.Err }

type NotFoundError string

func (e NotFoundError) Error() string { return "not found: " + string(e) }

type Temporary interface{ Temporary() bool }

type netError struct{ retry bool }

func (e netError) Error() string   { return fmt.Sprintf("network error (retry=%v)", e.retry) }
func (e netError) Temporary() bool { return e.retry }

var (
	ErrEmpty    = errors.New("empty")
	ErrTooLarge = errors.New("too large")
)

func parseAge(s string) (int, error) {
	if s == "" {
		return 0, &ValidationError{"age", s, ErrEmpty}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ValidationError{"age", s, err}
	}
	if n > 150 {
		return 0, &ValidationError{"age", n, ErrTooLarge}
	}
	return n, nil
}

func lookup(name string) error {
	if name == "ghost" {
		return fmt.Errorf("lookup: %w", NotFoundError(name))
	}
	if name == "flaky" {
		return fmt.Errorf("lookup %s: %w", name, netError{true})
	}
	return nil
}

func main() {
	for _, in := range []string{"42", "", "abc", "200"} {
		n, err := parseAge(in)
		fmt.Printf("%q -> %d, %v\n", in, n, err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("   field:", ve.Field, "empty:", errors.Is(err, ErrEmpty), "large:", errors.Is(err, ErrTooLarge))
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("   num error:", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
		}
	}
	for _, name := range []string{"ada", "ghost", "flaky"} {
		err := lookup(name)
		var nf NotFoundError
		var tmp Temporary
		fmt.Println(name, err, errors.As(err, &nf), nf, errors.As(err, &tmp) && tmp.Temporary())
	}
	joined := errors.Join(ErrEmpty, nil, NotFoundError("x"), ErrTooLarge)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrTooLarge), errors.Unwrap(joined) == nil)
	multi := fmt.Errorf("both: %w and %w", ErrEmpty, ErrTooLarge)
	fmt.Println(multi, errors.Is(multi, ErrEmpty), errors.Is(multi, ErrTooLarge))

	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped)
}
