//go:build ignore

// Failed assertions of values in any to a named string type: the texts
// name the value's type and the type asked for, as Go's do.

package main

import "fmt"

type Name string

func (n Name) String() string { return "n:" + string(n) }

type Other string

type S struct{ A int }

func try(v any) {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(v.(Other))
}

func main() {
	try(Name("x"))
	try(S{1})
	try(&S{2})
	try(Other("ok"))
}
