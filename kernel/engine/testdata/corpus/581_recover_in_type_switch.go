//go:build ignore

// recover() as the guard of a type switch in a deferred function stops
// the panic (the kernel evaluated the guard in a function literal, where
// recover returns nil).
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

func safe(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("recovered error: %w", r)
		case string:
			err = errors.New("recovered string: " + r)
		default:
			err = fmt.Errorf("recovered %T: %v", r, r)
		}
	}()
	f()
	return nil
}

func quiet() {
	defer func() {
		switch recover().(type) {
		case int:
			fmt.Println("an int panic")
		}
	}()
	panic(42)
}

func withInit() {
	defer func() {
		switch msg := "late"; v := recover().(type) {
		case string:
			fmt.Println(msg, v)
		}
	}()
	panic("boom")
}

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("boom") }))
	err := safe(func() { panic(&CodeErr{7}) })
	var ce *CodeErr
	fmt.Println(err, errors.As(err, &ce), ce.Code)
	fmt.Println(safe(func() { panic(3.5) }))
	fmt.Println(safe(func() { var m map[string]int; m["x"] = 1 }))
	quiet()
	withInit()
}
