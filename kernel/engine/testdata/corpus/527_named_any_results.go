//go:build ignore

package main

import "fmt"

type Value any

func f() Value {
	n := 1.5
	return n
}

func h(i int) Value {
	if i > 0 {
		return 1
	}
	return nil
}

func fp() (v Value) {
	v = 3.5
	return
}

func main() {
	_, ok := f().(float64)
	fmt.Println(ok)
	switch f().(type) {
	case float64:
		fmt.Println("float64")
	default:
		fmt.Println("default")
	}
	fmt.Println(h(0) == nil, fp())
}
