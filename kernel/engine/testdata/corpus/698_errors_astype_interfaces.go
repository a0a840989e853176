//go:build ignore

// errors.AsType (Go 1.26) with interface type arguments, the program's and
// the standard library's, over errors of the program's types.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
)

type E struct{}

func (E) Error() string   { return "e" }
func (E) Timeout() bool   { return true }
func (E) Temporary() bool { return true }

type coder interface {
	error
	Timeout() bool
}

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type timeout interface {
	error
	Timeout() bool
}

func main() {
	var err error = fmt.Errorf("w: %w", E{})
	c, ok1 := errors.AsType[coder](err)
	_, ok2 := errors.AsType[net.Error](err)
	_, ok3 := errors.AsType[error](err)
	_, ok4 := errors.AsType[E](err)
	fmt.Println(ok1, ok2, ok3, ok4, c)
	_, perr := os.Open("/nonexistent/x")
	pe, ok := errors.AsType[*fs.PathError](perr)
	fmt.Println(ok, pe.Op)
	_, ok = errors.AsType[timeout](perr)
	fmt.Println(ok)
	code, ok := errors.AsType[Code](fmt.Errorf("x: %w", Code(7)))
	fmt.Println(code, ok)
	if t, ok := errors.AsType[coder](errors.Join(errors.New("a"), E{})); ok {
		fmt.Println("joined", t.Timeout())
	}
}
