//go:build ignore

// Values of struct types with value-receiver methods reaching interfaces
// of the standard library through an any (assertions to io.Writer, and
// back to the struct type from an any holding the interface value),
// through go and defer statements' arguments, and a struct whose only
// field embeds a pointer held in error; fmt asks a value held in
// fmt.Stringer or flag.Value for Error first.
package main

import (
	"flag"
	"fmt"
	"io"
	"sync"
)

type W struct {
	Name string
	N    int
}

func (w W) Write(p []byte) (int, error) { return len(p) + w.N, nil }

func show(label string, x io.Writer) { fmt.Printf("%s: %T %v\n", label, x, x) }

type K struct{}

func (K) Error() string { return "K" }

type M struct{ *K }

type Both struct{ N int }

func (Both) String() string     { return "S" }
func (Both) Error() string      { return "E" }
func (Both) Set(s string) error { return nil }

func main() {
	var b any = W{"b", 2}
	c := b.(io.Writer)
	v, ok := c.(W)
	fmt.Printf("%T %v %v %v %v\n", c, c, v, ok, c == W{"b", 2})
	if w, ok := b.(io.Writer); ok {
		n, _ := w.Write([]byte("abc"))
		fmt.Println("comma-ok", n)
	}

	var w io.Writer = W{"w", 1}
	var a any = w
	_, ok = a.(W)
	fmt.Println("back from any:", ok)
	switch x := a.(type) {
	case W:
		fmt.Println("switch W", x.Name)
	default:
		fmt.Println("switch default")
	}

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		show("go", W{"go", 3})
	}()
	wg.Wait()
	func() {
		defer show("defer", W{"defer", 4})
		fmt.Println("body")
	}()

	var e error = M{&K{}}
	_, ok = e.(M)
	fmt.Printf("%T %v %v\n", e, e, ok)

	var s fmt.Stringer = Both{}
	var f flag.Value = Both{}
	fmt.Println(s, f, []fmt.Stringer{Both{}})
}
