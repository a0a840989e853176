//go:build ignore

// Assertions to an error type of the program from an any holding an error
// value, and from the program's interface, in a session that declares a
// named non-struct type (whose values any holds tagged).
package main

import (
	"errors"
	"fmt"
)

type Level int

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S }
func (s Sq) String() string { return "sq" }

func main() {
	var err error = MyErr{3}
	var a any = err
	m := a.(MyErr)
	fmt.Println(m.Code, Level(2))
	var s Shape = Sq{2}
	q := s.(Sq)
	fmt.Println(q.S)
	var e2 any = errors.New("x")
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = e2.(MyErr)
	}()
}
