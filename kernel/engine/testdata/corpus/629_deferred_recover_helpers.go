//go:build ignore

// Deferred named functions that recover, with and without arguments.
package main

import "fmt"

func handle(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
	}
}

func handle0() {
	if r := recover(); r != nil {
		fmt.Println("recovered0:", r)
	}
}

func a() {
	defer handle("a")
	panic("boom a")
}

func b() {
	defer handle0()
	panic("boom b")
}

func main() {
	a()
	b()
	fmt.Println("end")
}
