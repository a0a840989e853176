//go:build ignore

// A call returning an interface the program declares, converted straight
// to error or fmt.Stringer (returned, assigned, in a slice literal), keeps
// its methods; errors.As into an any takes the first error of the chain.
package main

import (
	"errors"
	"fmt"
)

type Result interface {
	error
	Code() int
}

type res struct{ c int }

func (r *res) Error() string { return fmt.Sprint("res ", r.c) }
func (r *res) Code() int     { return r.c }

type Named interface{ String() string }

type tag string

func (t tag) String() string { return "#" + string(t) }

type OnlyErr interface{ Error() string }

type verr struct{ msg string }

func (v verr) Error() string { return "v:" + v.msg }

func get() Result       { return &res{500} }
func name() Named       { return tag("go") }
func plain() OnlyErr    { return verr{"x"} }
func none() Result      { return nil }
func wrap() error       { return get() }
func wrapNone() error   { return none() }
func str() fmt.Stringer { return name() }

type holder struct{ rs []Result }

func (h *holder) Last() Result { return h.rs[len(h.rs)-1] }

func main() {
	var e error = get()
	fmt.Println(e)
	e = plain()
	fmt.Println(e)
	fmt.Println(error(get()), wrap(), wrapNone() == nil)
	errs := []error{get(), plain()}
	fmt.Println(errs, errors.Join(errs...))
	h := &holder{rs: []Result{&res{1}, &res{2}}}
	e = h.Last()
	fmt.Println(e)
	var s fmt.Stringer = name()
	fmt.Println(s, str())
	var target *res
	fmt.Println(errors.As(wrap(), &target), target.Code())
	fmt.Println(fmt.Errorf("ctx: %w", error(get())))
	var a any
	fmt.Println(errors.As(fmt.Errorf("w: %w", get()), &a), a)
}
