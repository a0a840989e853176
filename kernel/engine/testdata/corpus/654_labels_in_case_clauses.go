//go:build ignore

// Labeled statements directly in case, default and select clauses
// (break, continue and goto to them), with a closing fallthrough.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "ab1 c"
	n := 0
	switch {
	case len(s) > 0:
		i := 0
	scan:
		for ; i < len(s); i++ {
			if s[i] == ' ' {
				break scan
			}
		}
		fmt.Println("stopped at", i)
	}
	var x any = 1
	switch v := x.(type) {
	case int:
	loop:
		for {
			n += v
			if n > 2 {
				break loop
			}
			continue loop
		}
	case string:
		fmt.Println(strings.ToUpper(v))
	}
	switch {
	default:
	next:
		n++
		if n < 6 {
			goto next
		}
	}
	ch := make(chan int, 1)
	ch <- 4
	select {
	case v := <-ch:
	outer:
		for i := range v {
			for j := range v {
				if i*j == 2 {
					fmt.Println("found", i, j)
					break outer
				}
			}
		}
	}
	switch n {
	case 6:
	again:
		n++
		if n < 8 {
			goto again
		}
		fallthrough
	case 100:
		fmt.Println("n", n)
	}
	fmt.Println(n)
}
