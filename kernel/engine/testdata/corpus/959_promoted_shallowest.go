//go:build ignore

// A name held by embedded fields at two depths: Go takes the shallowest
// field or method, through values, pointers, generic types, interfaces
// and assignments.

package main

import (
	"fmt"
	"strings"
)

type Inner struct{ ID int }

func (i *Inner) Describe() string { return fmt.Sprint("inner ", i.ID) }

type Mid struct{ Inner }

type Tag struct{ ID string }

func (t Tag) Describe() string { return "tag " + t.ID }

type Rec struct {
	Mid
	Tag
}

type Describer interface{ Describe() string }

type Logger struct{ strings.Builder }

type Base struct{ Name string }

func (b Base) Hello() string { return "base " + b.Name }

type Named struct{ Base }

type Deep struct{ Named }

type Top struct {
	*Deep
	Base
}

type Box[T any] struct {
	Mid
	Tag
	V T
}

func main() {
	r := Rec{Mid{Inner{7}}, Tag{"t"}}
	fmt.Println(r.ID, r.Describe(), r.Mid.ID, r.Inner.Describe())
	r.ID = "changed"
	fmt.Println(r.Tag.ID, r.Mid.Inner.ID)
	var d Describer = r
	fmt.Println(d.Describe())
	d = &r
	fmt.Println(d.Describe())
	f := r.Describe
	fmt.Println(f())

	t := Top{&Deep{Named{Base{"deep"}}}, Base{"top"}}
	fmt.Println(t.Name, t.Hello(), t.Deep.Hello())
	p := &t
	p.Name = "ptr"
	fmt.Println(t.Base.Name, p.Hello(), t.Deep.Name)

	b := Box[int]{Mid{Inner{1}}, Tag{"b"}, 2}
	fmt.Println(b.ID, b.Describe(), b.V)

	var l Logger
	l.WriteString("log")
	fmt.Println(l.String(), l.Len())
}
