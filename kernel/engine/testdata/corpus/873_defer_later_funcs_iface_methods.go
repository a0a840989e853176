//go:build ignore

// Deferred calls after an earlier defer: of a function declared further
// down (run, also without a panic), and of an io.Closer's method that
// panics (recovered by the earlier recover).
package main

import (
	"fmt"
	"io"
)

type T struct{ n int }

type P struct{}

func (P) Close() error { panic("close failed") }

func closeIt() {
	defer func() { fmt.Println("rec:", recover()) }()
	var c io.Closer = P{}
	defer c.Close()
	fmt.Println("closing")
}

func (t *T) run() (err error) {
	defer fmt.Println("run a")
	defer report(t.n)
	defer func() { err = finish(t) }()
	t.n++
	return nil
}

func main() {
	defer fmt.Println("a")
	defer b()
	defer cleanup("x", 1, 2)
	fmt.Println("body")
	t := &T{}
	fmt.Println(t.run())
	closeIt()
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		defer boom()
		fmt.Println("inner")
	}()
}

func b()                          { fmt.Println("b") }
func cleanup(s string, xs ...int) { fmt.Println("cleanup", s, xs) }
func report(n int)                { fmt.Println("report", n) }
func finish(t *T) error           { return fmt.Errorf("finished %d", t.n) }
func boom()                       { panic("boom") }
