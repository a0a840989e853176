//go:build ignore

// Deferred function values: a closure made in the same function (the
// interpreter deadlocked), a method calling a stored callback, a variable
// reassigned after the defer, closures that recover, closures from a loop.
package main

import "fmt"

type Res struct {
	name    string
	onClose func()
}

func (r *Res) Close() { r.onClose() }

func a() { fmt.Println("a") }
func b() { fmt.Println("b") }

func show(s string, n int) { fmt.Println(s, n) }

func run() (err error) {
	f := func() { fmt.Println("deferred f") }
	defer f()
	r := &Res{name: "r", onClose: func() { fmt.Println("closed") }}
	defer r.Close()
	g := a
	defer g()
	g = b
	i := 1
	defer fmt.Println("println", i)
	defer show("show", i)
	i = 2
	cleanup := func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}
	defer cleanup()
	var fs []func()
	for k := 0; k < 3; k++ {
		fs = append(fs, func() { fmt.Print(k, ";") })
	}
	for _, h := range fs {
		defer h()
	}
	panic("boom")
}

func main() {
	fmt.Println(run())
}
