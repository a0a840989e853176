//go:build ignore

// errors.AsType through Unwrap chains, errors.Join, value-receiver
// struct errors held directly in an error, and anonymous interface targets.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
)

type Temporary interface {
	error
	Temporary() bool
}

type netErr struct{ op string }

func (e *netErr) Error() string   { return "net: " + e.op }
func (e *netErr) Timeout() bool   { return true }
func (e *netErr) Temporary() bool { return true }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type ValErr struct{ Field string }

func (v ValErr) Error() string { return "invalid " + v.Field }

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

func find[T error](err error) string {
	var t T
	if errors.As(err, &t) {
		return fmt.Sprintf("found %T: %v", t, t)
	}
	return "not found"
}

func main() {
	base := &netErr{"dial"}
	e1 := fmt.Errorf("connect: %w", base)
	if t, ok := errors.AsType[Temporary](e1); ok {
		fmt.Println("temporary:", t.Temporary(), t)
	}
	if ne, ok := errors.AsType[net.Error](e1); ok {
		fmt.Println("net.Error timeout:", ne.Timeout())
	}
	if te, ok := errors.AsType[interface {
		Timeout() bool
		error
	}](e1); ok {
		fmt.Println("anon timeout:", te.Timeout(), te.Error())
	}
	if p, ok := errors.AsType[*netErr](e1); ok {
		fmt.Println("ptr:", p.op)
	}
	e2 := errors.Join(errors.New("x"), fmt.Errorf("wrap: %w", Code(404)))
	if c, ok := errors.AsType[Code](e2); ok {
		fmt.Println("code:", int(c), c)
	}
	e3 := &wrapper{"outer", fmt.Errorf("mid: %w", ValErr{"name"})}
	if v, ok := errors.AsType[ValErr](e3); ok {
		fmt.Println("valerr:", v.Field)
	}
	_, ok := errors.AsType[*netErr](e3)
	fmt.Println("netErr in e3:", ok)
	fmt.Println(find[Code](e2))
	fmt.Println(find[ValErr](e3))
	fmt.Println(find[*netErr](e1))
	fmt.Println(find[Temporary](e1))
	fmt.Println(find[*fs.PathError](e1))
	_, err := os.Open("/nonexistent/zzz")
	if pe, ok := errors.AsType[*fs.PathError](fmt.Errorf("w: %w", err)); ok {
		fmt.Println("path:", pe.Path, pe.Op)
	}
}
