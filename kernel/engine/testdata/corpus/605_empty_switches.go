//go:build ignore

// A switch without clauses still evaluates its tag (and its init
// statement).
package main

import "fmt"

var calls int

func get() any {
	calls++
	fmt.Println("get called", calls)
	return calls
}

func main() {
	switch get().(type) {
	}
	switch get() {
	}
	switch v := get(); v {
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var m map[string]int
	switch m["x"] = 1; {
	}
	fmt.Println("not reached")
}
