//go:build ignore

// errors.As with targets of program and anonymous interfaces (Error()
// string, String() string) finds standard-library errors in the chain.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

type DimError struct{ Field string }

func (e DimError) Error() string { return "bad " + e.Field }

type Errorer interface{ Error() string }

type Namer interface{ String() string }

func main() {
	err := fmt.Errorf("wrap: %w", errors.New("inner"))
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target), target)
	err2 := fmt.Errorf("wrap: %w", DimError{"radius"})
	var t2 interface{ Error() string }
	fmt.Println(errors.As(err2, &t2), t2)
	var e3 Errorer
	fmt.Println(errors.As(err, &e3), e3)
	var d DimError
	fmt.Println(errors.As(err2, &d), d)
	_, perr := os.Open("/nonexistent/x")
	var pe *fs.PathError
	fmt.Println(errors.As(perr, &pe), pe.Op)
	var any1 any = time.Second
	if s, ok := any1.(interface{ String() string }); ok {
		fmt.Println("stringer", s.String())
	}
	if n, ok := any1.(Namer); ok {
		fmt.Println("namer", n)
	}
	var e4 any = err
	switch v := e4.(type) {
	case interface{ Error() string }:
		fmt.Println("errorer", v.Error())
	}
	if _, ok := any(DimError{}).(Namer); !ok {
		fmt.Println("DimError is no Namer")
	}
}
