//go:build ignore

// Unwrap, Is and As promoted from an embedded standard-library error.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type ConfigErr struct {
	*fs.PathError
	Line int
}

type ParseErr struct {
	strconv.NumError
	Field string
}

func load(name string) error {
	_, err := os.Open(name)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &ConfigErr{pe, 4}
	}
	return err
}

func main() {
	err := load("/nonexistent/x.conf")
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission))
	var ce *ConfigErr
	fmt.Println(errors.As(err, &ce), ce.Line, ce.Op)
	_, perr := strconv.Atoi("x1")
	var ne *strconv.NumError
	errors.As(perr, &ne)
	var e2 error = &ParseErr{*ne, "port"}
	fmt.Println(e2, errors.Is(e2, strconv.ErrSyntax))
	w := fmt.Errorf("reading config: %w", err)
	fmt.Println(errors.Is(w, fs.ErrNotExist))
}
