//go:build ignore

// A switch on an interface value its init declares (soleTitle's
// switch p := recover(); p); methods deferred in a loop on variables
// declared in its body, with and without constant arguments.
package main

import (
	"errors"
	"fmt"
)

type bailout struct{}

type pt struct{ X int }

func soleTitle(f func()) (title string, err error) {
	defer func() {
		switch p := recover(); p {
		case nil:
		case bailout{}:
			err = errors.New("multiple title elements")
		default:
			panic(p)
		}
	}()
	f()
	return "ok", nil
}

func get() any { return pt{2} }

type resource struct{ name string }

func (r *resource) Say(s string) { fmt.Println(s, r.name) }

func (r *resource) Close() { fmt.Println("close", r.name) }

type holder struct{ r *resource }

func loops() {
	for _, n := range []string{"a", "b"} {
		r := &resource{n}
		defer r.Say("bye")
		h := holder{r}
		defer h.r.Close()
		k := n + "!"
		defer r.Say(k)
	}
	i := 0
	for i < 2 {
		r := &resource{fmt.Sprint(i)}
		defer r.Close()
		i++
	}
}

func main() {
	var x any = 1
	switch p := x; p {
	case 1:
		fmt.Println("one")
	}
	switch p := get(); p {
	case pt{1}:
		fmt.Println("pt1")
	case pt{2}:
		fmt.Println("pt2")
	}
	switch q := "s"; any(q) {
	case "s", 1.5:
		fmt.Println("s")
	}
	a := []int{1, 2}
	switch n := len(a); n {
	case 1, a[1]:
		fmt.Println("two")
	}
	fmt.Println(soleTitle(func() {}))
	fmt.Println(soleTitle(func() { panic(bailout{}) }))
	loops()
}
