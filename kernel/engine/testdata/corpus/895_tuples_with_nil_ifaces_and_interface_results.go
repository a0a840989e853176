//go:build ignore

// A call of several results whose first is a nil interface of the
// program passed straight to fmt.Println; a function literal whose
// results are written interface{} returning a call of several results.
package main

import (
	"errors"
	"fmt"
	"log"
	"strings"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }

func parse(s string) (Shape, error) {
	if s == "" {
		return nil, errors.New("empty")
	}
	return Sq{2}, nil
}

func two() (interface{}, int) { return "x", 7 }

func pair() (int, int) { return 1, 2 }

func f() (interface{}, int) { return pair() }

type Pt struct{ X, Y int }

func (p Pt) Swap() (interface{}, interface{}) { return p.Y, p.X }

func get(k string) (interface{}, error) {
	if k == "" {
		return nil, errors.New("no key")
	}
	return []byte(k), nil
}

func main() {
	fmt.Println(parse(""))
	fmt.Println(parse("sq"))
	s := fmt.Sprint(parse(""))
	fmt.Println(s)
	f := func() (interface{}, int) { return two() }
	fmt.Println(f())
	g := func(k string) (interface{}, error) { return get(k) }
	v, err := g("ab")
	fmt.Println(v.([]byte), err)
	v, err = g("")
	fmt.Println(v, err)
	fmt.Println(f())
	sw := func(p Pt) (interface{}, interface{}) { return p.Swap() }
	fmt.Println(sw(Pt{3, 4}))
	var sb strings.Builder
	lg := log.New(&sb, "log: ", 0)
	lg.Println(parse(""))
	lg.Print(parse("x"))
	fmt.Print(sb.String())
}
