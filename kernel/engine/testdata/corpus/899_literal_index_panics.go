//go:build ignore

// Indexing and slicing a composite literal out of range ([...]string{…}[d]
// in a String method, []int{1, 2}[1:i]) panics with the index and length.
package main

import "fmt"

type Dir int

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

func main() {
	fmt.Println(Dir(7))
	i := 5
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = []string{"N", "E"}[i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = [2]int{}[i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = []int{1, 2}[1:i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		s := []int{1}
		_ = s[i]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		x := [2]int{}[i]
		fmt.Println(x)
	}()
}
