//go:build ignore

// A method that recovers, deferred as a method value (defer g.Catch()),
// with other deferred calls around it and without a panic.
package main

import (
	"fmt"
	"os"
)

type Guard struct{ err error }

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		g.err = fmt.Errorf("caught: %v", r)
	}
}

func (g *Guard) Close() { fmt.Println("guard closed") }

func run(g *Guard) {
	defer g.Close()
	defer g.Catch()
	panic("boom")
}

func plain(g *Guard) {
	defer g.Catch()
	fmt.Println("no panic")
}

func main() {
	g := &Guard{}
	run(g)
	fmt.Println(g.err)
	plain(g)
	f, _ := os.CreateTemp("", "x")
	defer os.Remove(f.Name())
	defer f.Close()
	g.Catch()
	fmt.Println("end")
}
