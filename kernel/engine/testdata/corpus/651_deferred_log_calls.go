//go:build ignore

// Deferred calls of log's printing functions take their receiver and
// arguments at the defer; a parenthesized type-switch operand.
package main

import (
	"log"
	"os"
)

type R struct{ N int }

func (r R) String() string { return "R#" }

type S struct{ N int }

type W struct{ *log.Logger }

func kind(x any) string {
	switch (x).(type) {
	case int:
		return "int"
	}
	return "other"
}

func main() {
	lg := log.New(os.Stdout, "p: ", 0)
	defer lg.Println(R{1})
	s := S{1}
	defer lg.Println(s, &s == nil)
	defer lg.Printf("%v %d", s, s.N)
	w := W{log.New(os.Stdout, "w: ", 0)}
	defer w.Println("embedded")
	xs := []any{1, 2}
	defer w.Println(xs...)
	xs[0] = 9
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	defer log.Printf("%v", S{3})
	s.N = 5
	lg.Println("start", s, kind(1), kind("a"))
	lg = log.New(os.Stdout, "q: ", 0)
}
