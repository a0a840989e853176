//go:build ignore

// Parallel assignments with receives to locals, globals and interfaces.
package main

import "fmt"

func f() int { return 7 }

var ga, gb int

func main() {
	ch := make(chan int, 10)
	for i := range 10 {
		ch <- i
	}
	var a, b int
	a, b = <-ch, f()
	fmt.Println(a, b)
	x, y := <-ch, []int{1}
	fmt.Println(x, y)
	var e error
	var n int
	n, e = <-ch, fmt.Errorf("e")
	fmt.Println(n, e)
	ga, gb = <-ch, <-ch
	fmt.Println(ga, gb)
	p, q := <-ch, len(y)
	fmt.Println(p, q)
}
