//go:build ignore

package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s:%d", filepath.Ext(file), line)
}

func assert(cond bool, msg string) {
	if !cond {
		_, _, line, _ := runtime.Caller(1)
		fmt.Printf("assertion failed at line %d: %s\n", line, msg)
	}
}

func main() {
	fmt.Println(where())
	func() { fmt.Println(where()) }()
	x := 3
	assert(x == 4, "x should be 4")
	assert(x == 3, "fine")
}
