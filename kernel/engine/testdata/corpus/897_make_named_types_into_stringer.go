//go:build ignore

// make of the program's named channel, map and slice types with methods,
// going straight into fmt.Stringer (a variable, a parameter, a slice).
package main

import "fmt"

type Q chan int

func (q Q) String() string { return fmt.Sprint("queue ", cap(q)) }

type Set map[string]bool

func (s Set) String() string { return fmt.Sprint("set of ", len(s)) }

type Stack []int

func (s Stack) String() string { return fmt.Sprint("stack cap ", cap(s)) }

func show(s fmt.Stringer) { fmt.Println(s) }

func main() {
	var c fmt.Stringer = make(Q, 1)
	fmt.Println(c)
	show(make(Set))
	all := []fmt.Stringer{make(Q), make(Stack, 0, 4), make(Set, 2)}
	fmt.Println(all)
	q := make(Q, 2)
	q <- 1
	fmt.Println(len(q), q)
}
