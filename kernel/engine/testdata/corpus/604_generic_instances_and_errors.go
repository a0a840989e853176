//go:build ignore

// Generic instances whose type arguments are spelled byte/uint8, rune/int32
// or any/interface{} are one type (also for %T); errors.As with a type
// parameter target; assertions on an error field of a standard-library
// struct.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
)

type Box[T any] struct{ v T }

type Entry[K any] struct{ K K }

func First[K any](seq iter.Seq[K]) Entry[K] {
	for k := range seq {
		return Entry[K]{k}
	}
	return Entry[K]{}
}

func runes(yield func(rune) bool) { yield('x') }

func get() Box[uint8] { return Box[uint8]{1} }

type NotFoundError struct{ Key string }

func (e NotFoundError) Error() string { return "not found: " + e.Key }

func AsType[E error](err error) (E, bool) {
	var e E
	ok := errors.As(err, &e)
	return e, ok
}

type QuotaErr struct{ Used int }

func (q QuotaErr) Error() string { return "quota" }

func main() {
	var b Box[byte] = get()
	var r Box[rune] = Box[int32]{2}
	fmt.Printf("%v %v %T %T\n", b, r, b, r)
	var x any = Box[byte]{7}
	_, ok := x.(Box[uint8])
	var y any = Box[interface{}]{}
	_, ok2 := y.(Box[any])
	fmt.Println(ok, ok2, x == any(Box[uint8]{7}))
	var e Entry[int32] = First(runes)
	fmt.Printf("%v %T\n", e, map[byte][]Box[rune]{})

	nf, ok := AsType[NotFoundError](fmt.Errorf("w: %w", NotFoundError{"k"}))
	fmt.Println(nf.Key, ok)

	pe := &fs.PathError{Op: "write", Path: "/data", Err: QuotaErr{10}}
	q, ok := pe.Err.(QuotaErr)
	fmt.Println(q.Used, ok)
	switch v := pe.Err.(type) {
	case QuotaErr:
		fmt.Println("quota", v.Used)
	}
}
