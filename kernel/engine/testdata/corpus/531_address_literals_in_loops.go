//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type P struct{ N int }

func (p *P) Get() int { return p.N }

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

type S struct{ V int }

func (s *S) String() string { return fmt.Sprint("S", s.V) }

func main() {
	var xs []any
	for i := range 2 {
		xs = append(xs, &P{i})
	}
	fmt.Println(xs[0].(*P).N, xs[1].(*P).N)
	var errs []error
	for i, l := range []string{"a", "b", "c"} {
		errs = append(errs, &ParseError{i + 1, errors.New(l)})
	}
	fmt.Println(errors.Join(errs...))
	var ss []fmt.Stringer
	m := map[int]any{}
	for i := range 3 {
		ss = append(ss, &S{i})
		m[i] = &S{i * 10}
	}
	fmt.Println(ss, m[0], m[2])
}
