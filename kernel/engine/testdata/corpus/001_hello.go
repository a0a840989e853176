//go:build ignore

package main

import "fmt"

func main() {
	fmt.Println("hello world")
	fmt.Print("no newline", " ", 42, "\n")
	fmt.Printf("%s, %d!\n", "formatted", 2026)
}
