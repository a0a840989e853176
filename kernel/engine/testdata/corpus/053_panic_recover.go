//go:build ignore

package main

import (
	"errors"
	"fmt"
)

func mayPanic() {
	panic("a problem")
}

func safely(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered: %v\n", name, r)
			if err, ok := r.(error); ok {
				fmt.Printf("%s: it is an error: %T\n", name, err)
			}
		}
	}()
	f()
	fmt.Println(name, "finished normally")
}

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func divide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	safely("string panic", mayPanic)
	safely("index", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})
	safely("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	safely("nil pointer", func() {
		var p *struct{ x int }
		fmt.Println(p.x)
	})
	safely("type assertion", func() {
		var i any = "str"
		fmt.Println(i.(int))
	})
	safely("slice bounds", func() {
		s := []int{1, 2, 3}
		j := 1
		fmt.Println(s[2:j])
	})
	safely("error value", func() { panic(myErr{7}) })
	safely("errors.New", func() { panic(errors.New("custom")) })
	safely("fmt.Errorf", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	safely("int", func() { panic(42) })
	safely("no panic", func() {})
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))

	func() {
		defer func() {
			r := recover()
			fmt.Println("re-panic recovered:", r)
		}()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprint("again: ", r))
			}()
			panic("first")
		}()
	}()
	fmt.Println("recover outside panic:", recover())
	fmt.Println("After all panics")
}
