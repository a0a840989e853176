//go:build ignore

// A promoted field read or written through a nil embedded pointer.
package main

import (
	"fmt"
	"runtime"
)

type Base struct{ ID int }

func (b *Base) Describe() string {
	if b == nil {
		return "no base"
	}
	return fmt.Sprint("base ", b.ID)
}

type Derived struct {
	*Base
	Name string
}

func read(d Derived) (id int, err error) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			err = fmt.Errorf("recovered (runtime error: %v): %v", isRuntime, r)
		}
	}()
	return d.ID, nil
}

func main() {
	d := Derived{Name: "x"}
	fmt.Println(read(d))
	fmt.Println(d.Describe())
	d.Base = &Base{7}
	fmt.Println(read(d))
	fmt.Println(d.Describe())
	defer func() { fmt.Println("recovered:", recover()) }()
	var e Derived
	e.ID = 3
}
