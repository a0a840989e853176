//go:build ignore

// Variables and parameters named like their type calling its methods, a
// recovering closure deferred through a variable with a helper that
// recovers on its own, deferred literals in loops with literal and
// variadic arguments, deferred slice and map elements.
package main

import "fmt"

type server struct{ conns int }

func (s *server) accept() { s.conns++ }

type item struct{ n int }

func (it item) total(k int) int { return it.n * k }

func sum(item item) int { return item.total(3) }

func safeClose(name string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("safeClose caught:", r)
		}
	}()
	fmt.Println("closing", name)
}

func run() (err error) {
	cleanup := func() {
		safeClose("db")
		if r := recover(); r != nil {
			err = fmt.Errorf("run failed: %v", r)
		}
	}
	defer cleanup()
	panic("disk full")
}

func main() {
	server := &server{}
	server.accept()
	fmt.Println(server.conns, sum(item{2}))
	fmt.Println("err:", run())
	for i := range 2 {
		defer func(f func() string) { fmt.Println(f(), i) }(func() string { return "cleanup" })
	}
	for _, name := range []string{"db", "cache"} {
		defer func(args ...any) { fmt.Println("closing", name, args) }(1, "x")
	}
	fns := []func(){func() { fmt.Println("old") }}
	defer fns[0]()
	fns[0] = func() { fmt.Println("new") }
	m := map[string]func(){"k": func() { fmt.Println("m old") }}
	defer m["k"]()
	m["k"] = nil
}
