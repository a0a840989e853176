//go:build ignore

// A panic with an error value of the program's type does not call its
// Error method (one that panics, or counts its calls) until printed.
package main

import "fmt"

type BadE struct{}

func (BadE) Error() string { panic("error boom") }

type E struct{ n int }

func (e E) Error() string { return fmt.Sprint("E", e.n) }

func main() {
	count()
	func() {
		defer func() { r := recover(); fmt.Println("recovered"); fmt.Println(r) }()
		panic(BadE{})
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		panic(E{2})
	}()
	fmt.Println("end")
}

var n int

type Counted struct{}

func (*Counted) Error() string { n += 100; return "counted" }

func count() {
	func() {
		defer func() { recover() }()
		panic(&Counted{})
	}()
	fmt.Println("calls", n)
}
