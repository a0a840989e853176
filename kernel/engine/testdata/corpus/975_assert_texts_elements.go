//go:build ignore

// Failed assertions of slice elements and call results of the program's
// interfaces name the interface, as Go does.

package main

import "fmt"

type A interface{ ID() string }
type B struct{}
type S struct{}

func (*B) ID() string { return "b" }
func (*S) ID() string { return "s" }

func f() A { return &B{} }

func main() {
	defer func() { fmt.Println(recover()) }()
	g := []A{&B{}}
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = f().(*S)
	}()
	_ = g[0].(*S)
}
