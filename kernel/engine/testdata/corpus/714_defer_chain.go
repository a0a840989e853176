//go:build ignore

// A panic in a deferred call runs the calls deferred before it, which can
// recover it: recovering handlers that panic again, named and through
// variables, with named and unnamed results.
package main

import (
	"errors"
	"fmt"
)

func handle(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "saw", r)
		panic(fmt.Sprint(name, ": ", r))
	}
}

type svc struct{ n int }

func (s *svc) done() { fmt.Println("done", s.n) }

func work() (err error) {
	s := &svc{1}
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("final: ", r))
		}
	}()
	defer s.done()
	defer handle("inner")
	panic("boom")
}

func viaVar() (out string) {
	defer func() { out = fmt.Sprint("outer got ", recover()) }()
	cleanup := func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("cleanup re-panics ", r))
		}
	}
	defer cleanup()
	panic("x")
}

func noPanic() (n int) {
	defer func() { n *= 2 }()
	defer func() { n++ }()
	return 10
}

func unnamed() (int, error) {
	defer fmt.Println("unnamed done")
	defer func() { fmt.Println("second") }()
	return 7, nil
}

func main() {
	fmt.Println(work())
	fmt.Println(viaVar())
	fmt.Println(noPanic())
	fmt.Println(unnamed())
	func() {
		defer fmt.Println("lit outer")
		defer func() { fmt.Println("lit recovered", recover()) }()
		defer func() { panic("in lit") }()
	}()
}
