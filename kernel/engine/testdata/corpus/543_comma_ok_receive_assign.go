//go:build ignore

package main

import "fmt"

type S struct{ ok bool }

func main() {
	ch := make(chan int, 3)
	ch <- 5
	ch <- 6
	ch <- 7
	var ok bool
	_, ok = <-ch
	fmt.Println(ok)
	var x int
	x, _ = <-ch
	fmt.Println(x)
	_, _ = <-ch
	close(ch)
	var s S
	x, s.ok = <-ch
	fmt.Println(x, s.ok, len(ch))
}
