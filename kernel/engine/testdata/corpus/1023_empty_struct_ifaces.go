//go:build ignore

// Empty struct types: values of the program's (zeros{}, nopCloser{}) in
// io.Reader, io.Closer and sort.Interface keep their type, and the
// standard library's (io.Discard, http.NoBody) asserted to the program's
// types, directly or in a type switch, fail as in Go.
package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
)

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}

type nopCloser struct{}

func (nopCloser) Close() error { return nil }

type none struct{}

func (none) Len() int           { return 0 }
func (none) Less(i, j int) bool { return false }
func (none) Swap(i, j int)      {}

type E struct{}

func (E) Error() string { return "E!" }

type Up struct{ w io.Writer }

func (u *Up) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

func classify(w io.Writer) string {
	switch v := w.(type) {
	case *Up:
		return fmt.Sprintf("up %T", v)
	case *strings.Builder:
		return "builder"
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	b := make([]byte, 5)
	io.ReadFull(zeros{}, b)
	fmt.Println(string(b))
	r := io.LimitReader(zeros{}, 3)
	all, _ := io.ReadAll(r)
	fmt.Println(string(all))
	var rd io.Reader = zeros{}
	z, ok := rd.(zeros)
	fmt.Printf("%T %v %v\n", rd, z, ok)
	var c io.Closer = nopCloser{}
	fmt.Println(c.Close(), fmt.Sprintf("%T", c))
	var s sort.Interface = none{}
	sort.Sort(s)
	fmt.Printf("%T %d\n", s, s.Len())
	var err error = E{}
	var e E
	fmt.Println(errors.As(err, &e), err, fmt.Sprintf("%T", err))
	_, isE := err.(E)
	fmt.Println(isE)
	var sb strings.Builder
	for _, w := range []io.Writer{io.Discard, &sb, &Up{&sb}, nil} {
		fmt.Println(classify(w))
		_, ok := w.(*Up)
		fmt.Println(ok)
	}
	var body io.Closer = http.NoBody
	_, ok = body.(nopCloser)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	var w io.Writer = io.Discard
	_ = w.(*Up)
}
