//go:build ignore

// log.Logger values (variables, fields, embedded), method
// expressions of *log.Logger, deferred and not.
package main

import (
	"bytes"
	"fmt"
	"log"
)

type svc struct {
	lg log.Logger
}

type emb struct {
	log.Logger
}

func pair() (int, string) { return 1, "x" }

func main() {
	var buf bytes.Buffer
	var l log.Logger
	l.SetOutput(&buf)
	l.SetPrefix("p: ")
	fmt.Println(l.Prefix())
	l.Println("hi")
	l.Printf("%d", 2)
	l.Println(pair())
	s := svc{}
	s.lg.SetOutput(&buf)
	s.lg.Print("field")
	e := &emb{}
	e.SetOutput(&buf)
	e.Println("embedded")
	lp := log.New(&buf, "x: ", 0)
	(*log.Logger).Printf(lp, "method expr %d", 1)
	(*log.Logger).Println(lp, "method expr", 2)
	func() {
		defer l.Println("deferred value")
		defer e.Println("deferred embedded")
		defer s.lg.Printf("deferred %s", "field")
		defer (*log.Logger).Println(lp, "deferred expr", l.Prefix())
		l.SetPrefix("q: ")
	}()
	fmt.Print(buf.String())
}
