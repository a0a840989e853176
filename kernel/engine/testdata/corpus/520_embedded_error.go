//go:build ignore

package main

import (
	"errors"
	"fmt"
	"io"
)

type wrapped struct{ error }

type Temporary struct {
	error
	Retry int
}

func (t Temporary) Temporary() bool { return true }

type withCode struct {
	error
	Code int
}

func (w withCode) Error() string { return fmt.Sprintf("%d: %v", w.Code, w.error) }

func fetch(n int) error {
	switch n {
	case 0:
		return nil
	case 1:
		return Temporary{io.ErrUnexpectedEOF, 3}
	}
	return withCode{errors.New("gone"), 410}
}

func main() {
	var e error = wrapped{errors.New("boom")}
	fmt.Println(e.Error())
	fmt.Println(e)
	errs := []error{e, wrapped{io.EOF}}
	fmt.Println(errs)
	for n := range 3 {
		err := fetch(n)
		fmt.Println(err, err == nil)
	}
}
