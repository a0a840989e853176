//go:build ignore

// A nil pointer (map, func) converted to an interface is not nil.
package main

import (
	"errors"
	"fmt"
)

type Acc struct{ n int }

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func calls() *Acc { fmt.Println("called"); return nil }

func main() {
	var p *Acc
	fmt.Println(any(p) == nil, nil == any(p), any(p) != nil)
	var q *int
	fmt.Println(any(q) == nil, interface{}(q) != nil)
	var x any = p
	fmt.Println(x == nil)
	var e *MyErr
	fmt.Println(error(e) == nil, errors.Is(error(e), nil))
	fmt.Println(any(calls()) == nil)
	var m map[string]int
	var f func()
	fmt.Println(any(m) == nil, any(f) == nil, any(nil) == nil)
	var err error
	fmt.Println(any(err) == nil)
}
