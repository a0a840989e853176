//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Base struct{ Code int }

func (b Base) Error() string { return fmt.Sprint("code ", b.Code) }

type NotFound struct {
	Base
	Key string
}

type Meta struct{ Title string }

func (m Meta) String() string { return "doc:" + m.Title }

type Doc struct {
	Meta
	Body string
}

func find(k string) error {
	if k == "" {
		return nil
	}
	return NotFound{Base{404}, k}
}

func main() {
	var err error = NotFound{Base{404}, "k"}
	nf, ok := err.(NotFound)
	fmt.Println(nf.Key, ok, err)
	var nf2 NotFound
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", find("z")), &nf2), nf2.Key, nf2.Code)
	var s fmt.Stringer = Doc{Meta{"t"}, "b"}
	d, ok := s.(Doc)
	fmt.Println(d.Body, ok, s)
	switch e := find("q").(type) {
	case NotFound:
		fmt.Println("not found", e.Key, e)
	default:
		fmt.Println("other")
	}
	fmt.Printf("%v %+v %T\n", err, err, err)
}
