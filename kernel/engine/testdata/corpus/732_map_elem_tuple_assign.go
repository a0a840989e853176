//go:build ignore

// A call with several results, or a comma-ok expression, assigned to map
// elements stores them: m[k], err = strconv.Atoi(s).
package main

import (
	"fmt"
	"strconv"
)

func two() (int, string) { return 1, "a" }

func main() {
	m := map[string]int{}
	var err error
	m["x"], err = strconv.Atoi("5")
	fmt.Println(m, err)
	m["bad"], err = strconv.Atoi("x")
	fmt.Println(m, err)
	s := map[int]string{}
	var n int
	n, s[3] = two()
	m["y"], s[4] = two()
	fmt.Println(m, s, n)
	var ok bool
	src := map[string]int{"k": 5}
	m["lookup"], ok = src["k"]
	var x any = 3
	m["assert"], ok = x.(int)
	cs := []chan int{make(chan int, 1)}
	cs[0] <- 7
	m["recv"], ok = <-cs[0]
	fmt.Println(m, ok)
	for i, w := range []string{"1", "2", "z"} {
		key := fmt.Sprint("k", i)
		if m[key], err = strconv.Atoi(w); err != nil {
			fmt.Println("error for", key)
		}
	}
	fmt.Println(len(m), m["k0"], m["k1"])
}
