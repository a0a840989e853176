//go:build ignore

package main

import "fmt"

var trace []string

func record(s string, v int) int {
	trace = append(trace, s)
	return v
}

var (
	a = record("a = b + c", b+c)
	b = record("b = f()", f())
	c = record("c = 3", 3)
	d = record("d", 4)
)

func f() int { return d + 1 }

var registry = map[string]func() string{}

func register(name string, fn func() string) bool {
	registry[name] = fn
	return true
}

var _ = register("hello", func() string { return "hi" })

func init() {
	trace = append(trace, "init 1")
	registry["bye"] = func() string { return "goodbye" }
}

func init() {
	trace = append(trace, fmt.Sprintf("init 2 sees a=%d", a))
}

var total = func() int {
	s := 0
	for i := 1; i <= 10; i++ {
		s += i
	}
	return s
}()

func main() {
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(a, b, c, d, total)
	fmt.Println(registry["hello"](), registry["bye"](), len(registry))
}
