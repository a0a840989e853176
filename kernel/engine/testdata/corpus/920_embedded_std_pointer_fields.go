//go:build ignore

// Structs embedding a pointer of the standard library next to other
// fields: promoted Error and Unwrap reach errors.Is, errors.As and
// errors.Unwrap; assertions from any find the promoted methods.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
)

type OpError struct {
	*fs.PathError
	Code int
}

type ParseError struct {
	*strconv.NumError
	Line int
}

type CountingBuffer struct {
	*bytes.Buffer
	writes int
}

type Plain struct{ *bytes.Buffer }

func main() {
	var e error = OpError{&fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist}, 2}
	fmt.Println(e, errors.Is(e, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(e, &pe), pe == nil)

	var p error = ParseError{&strconv.NumError{Func: "Atoi", Num: "x", Err: strconv.ErrSyntax}, 3}
	fmt.Println(p, errors.Is(p, strconv.ErrSyntax), errors.Unwrap(p))
	_, ok := any(p).(interface{ Unwrap() error })
	fmt.Println(ok)

	cb := CountingBuffer{bytes.NewBufferString("xyz"), 1}
	br, ok := any(cb).(io.ByteReader)
	fmt.Println(ok)
	c, err := br.ReadByte()
	fmt.Println(string(c), err)

	pl := Plain{bytes.NewBufferString("ab")}
	fmt.Println(pl.Len())
	var a any = pl
	l, ok := a.(interface{ Len() int })
	fmt.Println(ok, l.Len())
}
