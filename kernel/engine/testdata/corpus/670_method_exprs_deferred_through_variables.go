//go:build ignore

// Method expressions kept in variables and deferred (cl := F.Close;
// defer cl(f)) in a function with deferred calls.
package main

import "fmt"

type F struct{ n string }

func (f F) Close() { fmt.Println("close", f.n) }

func (f *F) Rename(s string) { f.n = s }

func run() {
	cl := F.Close
	defer cl(F{"v"})
	rn := (*F).Rename
	f := &F{"a"}
	defer func() { fmt.Println("renamed", f.n) }()
	defer rn(f, "b")
	fmt.Println("run")
}

func main() {
	run()
	fmt.Println("end")
}
