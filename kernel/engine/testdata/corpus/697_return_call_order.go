//go:build ignore

// A return statement whose calls change a variable it also returns
// (return e, json.Unmarshal(b, &e)): the calls are made first, as gc does.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

type Event struct {
	Kind string `json:"kind"`
	N    int    `json:"n"`
}

func decode(b []byte) (Event, error) {
	var e Event
	return e, json.Unmarshal(b, &e)
}

func decodePtr(b []byte) (*Event, error) {
	e := &Event{}
	return e, json.Unmarshal(b, e)
}

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n }

func both(c *counter) (int, int) {
	return c.n, c.inc()
}

func parse(s string) (n int, err error) {
	return n, func() error { var e error; n, e = strconv.Atoi(s); return e }()
}

func order() (string, string, string) {
	log := ""
	f := func(s string) string { log += s; return s }
	return log, f("a"), f("b")
}

func main() {
	fmt.Println(decode([]byte(`{"kind":"x","n":3}`)))
	e, err := decodePtr([]byte(`{"kind":"y"}`))
	fmt.Println(*e, err)
	_, err = decode([]byte(`{`))
	fmt.Println(err)
	c := &counter{}
	fmt.Println(both(c))
	fmt.Println(parse("42"))
	fmt.Println(order())
	var target *json.SyntaxError
	fmt.Println(errors.As(err, &target))
}
