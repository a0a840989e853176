//go:build ignore

// Struct values with value-receiver String/Error methods (unnamed receiver
// too) kept in fmt.Stringer and error: %T, assertions back, errors.As/Is.
package main

import (
	"errors"
	"fmt"
)

type Celsius struct{ deg float64 }

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", c.deg) }

type TimeoutErr struct{ Op string }

func (TimeoutErr) Error() string { return "timeout" }

func do() error { return TimeoutErr{"read"} }

func main() {
	var s fmt.Stringer = Celsius{21.5}
	fmt.Printf("%v %T\n", s, s)
	var a any = s
	_, ok := a.(Celsius)
	fmt.Println(ok)
	c, ok := s.(Celsius)
	fmt.Println(c.deg, ok)
	switch v := s.(type) {
	case Celsius:
		fmt.Println("celsius", v.deg)
	}
	ss := []fmt.Stringer{Celsius{1}, Celsius{2}}
	fmt.Printf("%T %v\n", ss[1], ss)
	err := do()
	fmt.Printf("%T\n", err)
	var te TimeoutErr
	fmt.Println(errors.As(err, &te), te.Op)
	_, ok = err.(TimeoutErr)
	fmt.Println(ok)
	fmt.Println(errors.Is(fmt.Errorf("w: %w", err), TimeoutErr{"read"}))
}
