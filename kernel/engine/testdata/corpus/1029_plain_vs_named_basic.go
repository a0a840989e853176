//go:build ignore

// Plain values in an any (3, "s") are no values of named types built on
// their types (type Code int): assertions and type switches turn them
// away as Go does, while values of those types, also through panics and
// the program's interfaces, are found.

package main

import "fmt"

type Code int
type Msg string

func (m Msg) Error() string { return "msg:" + string(m) }

type Token interface{ Kind() string }
type Num int

func (Num) Kind() string { return "num" }

func try(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return
}

func main() {
	r := try(func() { panic(Code(3)) })
	c, ok := r.(Code)
	fmt.Println(c, ok)
	r = try(func() { panic(Msg("x")) })
	m, ok := r.(Msg)
	fmt.Println(m, ok)
	e, ok := r.(error)
	fmt.Println(e, ok)
	var t Token = Num(4)
	var a any = t
	n, ok := a.(Num)
	fmt.Println(n, ok)
	switch v := a.(type) {
	case Num:
		fmt.Println("Num", v)
	case int:
		fmt.Println("int", v)
	}
	toks := []Token{Num(1), Num(2)}
	for _, tk := range toks {
		var x any = tk
		_, ok := x.(Num)
		fmt.Println(ok)
	}
	var plain any = 3
	_, ok = plain.(Num)
	fmt.Println(ok)
	_, ok = plain.(Code)
	fmt.Println(ok)
	var s any = "s"
	_, ok = s.(Msg)
	fmt.Println(ok)
	defer func() { fmt.Println(recover()) }()
	_ = plain.(Code)
}
