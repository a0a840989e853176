//go:build ignore

// Functions of the program passed by name where an any goes (parameters,
// variadic arguments, append, results, method arguments) are function
// values: assertions, type switches, %T and reflect see them.
package main

import (
	"fmt"
	"reflect"
)

func double(x int) int { return 2 * x }
func add(a, b int) int { return a + b }

func apply(f any, x int) int {
	if g, ok := f.(func(int) int); ok {
		return g(x)
	}
	return -1
}

func describe(v any) string { return fmt.Sprintf("%T", v) }

func describeAll(vs ...any) []string {
	var out []string
	for _, v := range vs {
		out = append(out, describe(v))
	}
	return out
}

func get() any { return add }

type Reg struct{ m map[string]any }

func (r *Reg) Register(name string, f any) { r.m[name] = f }

func callAny(f any, args ...int) int {
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	return int(reflect.ValueOf(f).Call(in)[0].Int())
}

func main() {
	fmt.Println(apply(double, 21), describe(double))
	fmt.Println(describeAll(double, 1))
	var fs []any
	fs = append(fs, double, add)
	fmt.Println(len(fs), describe(fs[1]))
	switch get().(type) {
	case func(int, int) int:
		fmt.Println("adder")
	}
	r := &Reg{m: map[string]any{}}
	r.Register("d", double)
	fmt.Println(apply(r.m["d"], 5))
	fmt.Println(callAny(add, 40, 2))
}
