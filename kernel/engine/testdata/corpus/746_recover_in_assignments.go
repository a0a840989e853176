//go:build ignore

// recover inside tuple and parallel assignments, conditions and arguments
// of a deferred function.
package main

import "fmt"

func a() (err error) {
	defer func() {
		var s string
		var ok bool
		s, ok = recover().(string)
		fmt.Println("recovered:", s, ok)
		err, _ = recover().(error)
	}()
	panic("boom")
}

func b() {
	defer func() {
		var r any
		var n int
		r, n = recover(), 1
		fmt.Println("recovered:", r, n)
	}()
	panic("bam")
}

func c() {
	defer func() {
		if recover() != nil {
			fmt.Println("recovered in a condition")
		}
	}()
	panic("c")
}

func d() {
	defer func() {
		fmt.Println("printed:", recover(), "then", recover())
	}()
	var m map[string]int
	m["x"] = 1
}

func e() (msg string, code int) {
	defer func() {
		msg, code = fmt.Sprint(recover()), 7
	}()
	panic("e")
}

func main() {
	fmt.Println(a())
	b()
	c()
	d()
	fmt.Println(e())
}
