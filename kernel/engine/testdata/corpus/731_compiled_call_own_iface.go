//go:build ignore

// The result of a standard-library call passed or returned as an
// interface the program declares compares with nil as Go does.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type Reader interface{ Read([]byte) (int, error) }

type Logger interface{ Println(...any) }

func describe(r Reader) string {
	if r == nil {
		return "no reader"
	}
	return "have reader"
}

func newLogger() Logger { return log.New(os.Stdout, "log: ", 0) }

func open(s string) Reader {
	if s == "" {
		return nil
	}
	return strings.NewReader(s)
}

func main() {
	fmt.Println(describe(strings.NewReader("x")), describe(bytes.NewBufferString("y")), describe(nil))
	l := newLogger()
	fmt.Println(l == nil)
	l.Println("hello")
	var none Reader
	r := open("abc")
	fmt.Println(r == nil, r == none, open("") == nil)
	b := make([]byte, 2)
	n, err := r.Read(b)
	fmt.Println(n, err, string(b))
}
