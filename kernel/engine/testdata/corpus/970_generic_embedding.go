//go:build ignore

// Generic struct types embedding an interface or a compiled struct with pointer methods.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

type Out[K any] struct {
	Key K
	error
}

type Str[K any] struct {
	K K
	fmt.Stringer
}

type S string

func (s S) String() string { return "S:" + string(s) }

type Q[T any] struct {
	sync.Mutex
	items []T
}

func (q *Q[T]) Push(v T) {
	q.Lock()
	defer q.Unlock()
	q.items = append(q.items, v)
}

type B[T any] struct {
	bytes.Buffer
	n T
}

type Ev[T any] struct {
	time.Time
	Name T
}

type W[T any] struct {
	strings.Builder
	n T
}

type L interface {
	Lock()
	Unlock()
}

type Yearly interface{ Year() int }

func main() {
	o := Out[int]{1, errors.New("inner")}
	fmt.Println(fmt.Errorf("w: %w", o))
	fmt.Println(fmt.Errorf("w: %v", o))
	fmt.Println(errors.Join(o))
	fmt.Println(map[string]any{"k": o})
	fmt.Println([]any{Str[int]{1, S("z")}})

	e := fmt.Errorf("w: %w", Out[string]{"a", errors.New("as")})
	var target Out[string]
	fmt.Println(errors.As(e, &target), target.Key)
	fmt.Printf("%T %v\n", o, o)
	p := &Out[int]{2, errors.New("ptr")}
	fmt.Println(fmt.Errorf("p: %w", p), errors.Unwrap(fmt.Errorf("p: %w", p)) == error(p))

	q := &Q[int]{}
	var l sync.Locker = q
	var l2 L = &Q[string]{}
	c := sync.NewCond(q)
	l.Lock()
	l.Unlock()
	l2.Lock()
	l2.Unlock()
	q.Push(3)
	fmt.Println(q.items, c != nil)

	var w io.Writer = &B[int]{}
	fmt.Fprintf(w, "hi %d", 3)
	fmt.Println(w.(*B[int]).String())

	var y Yearly = Ev[int]{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), 1}
	fmt.Println(y.Year())
	sb := &W[int]{}
	fmt.Fprintf(sb, "x=%d", 5)
	fmt.Println(sb.String(), sb.Len())
}
