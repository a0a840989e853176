//go:build ignore

// Exported fields of an unexported embedded struct print with their
// String and Error methods (time.Time, time.Duration, error), as fmt
// does; the embedded struct's own methods are not called.
package main

import (
	"errors"
	"fmt"
	"time"
)

type S struct{ n int }

func (s S) String() string { return "S!" }

type inner struct{ X S }
type Inner struct{ X S }
type A struct{ inner }
type B struct{ Inner }
type C struct{ in inner }

type base struct {
	Created time.Time
	Err     error
	Dur     time.Duration
	note    S
}

type Entry struct {
	base
	Name string
}

type hidden struct{ S }
type H struct{ hidden }

func main() {
	fmt.Println(A{inner{S{1}}}, B{Inner{S{1}}}, C{inner{S{1}}})
	fmt.Println(struct{ inner }{inner{S{1}}})
	t := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	e := Entry{base{t, errors.New("boom"), time.Second, S{2}}, "y"}
	fmt.Printf("%v\n%+v\n", e, e)
	var a any = e
	fmt.Println(a, H{hidden{S{3}}})
	fmt.Printf("%#v\n", A{inner{S{1}}})
}
