//go:build ignore

package main

import "fmt"

func less(i, j int) bool { return i < j }

func f() {
	if less(1, 0) {
		fmt.Println("then (wrong)")
	} else {
		return
	}
	fmt.Println("after (wrong)")
}

func g(n int) {
	switch {
	case less(n, 0):
		fmt.Println("negative")
	default:
		return
	}
	fmt.Println("after switch")
}

func main() {
	f()
	g(1)
	g(-1)
	n := 0
	for i := 0; ; {
		i += 2
		n++
		if i >= 5 || n > 10 {
			break
		}
	}
	fmt.Println("loops", n)
	m := map[string]int{"a": 1}
	var v int
	var ok bool
	for _, k := range []string{"a", "zz"} {
		v, ok = m[k]
		fmt.Println(k, v, ok)
	}
	var i any = "str"
	x := 7
	x, ok = i.(int)
	fmt.Println(x, ok)
}
