//go:build ignore

// Channel statements in their forms: untyped constants sent on typed
// channels, receives into variables, fields and map elements, ranges over
// channels (break, continue, labels, a call evaluated once) and over a
// map literal of channels.
package main

import (
	"fmt"
	"time"
)

type Celsius float64

type worker struct {
	in  chan int
	out chan string
}

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func main() {
	i64 := make(chan int64, 1)
	i64 <- 1
	f := make(chan float64, 1)
	f <- 0
	d := make(chan time.Duration, 1)
	d <- 5
	b := make(chan byte, 1)
	b <- 'b'
	c := make(chan Celsius, 1)
	c <- 21
	fmt.Println(<-i64, <-f, <-d, <-b, <-c)

	w := worker{make(chan int), make(chan string, 1)}
	go func() {
		for v := range w.in {
			w.out <- fmt.Sprint("got ", v)
		}
		close(w.out)
	}()
	w.in <- 1
	msg := <-w.out
	fmt.Println(msg)
	close(w.in)
	last, ok := <-w.out
	fmt.Printf("%q %v\n", last, ok)

	m := map[string]int{}
	r := make(chan int, 2)
	r <- 3
	r <- 4
	m["a"] = <-r
	m["b"], ok = <-r
	fmt.Println(m, ok)

	sum := 0
	for v := range gen(5) {
		if v == 2 {
			continue
		}
		if v == 5 {
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)

outer:
	for i := 0; i < 2; i++ {
		for v := range gen(3) {
			if v == 2 {
				continue outer
			}
			fmt.Println(i, v)
		}
	}

	ch := make(chan int, 1)
	ch <- 9
	for k, v := range map[string]chan int{"a": ch} {
		fmt.Println(k, <-v)
	}
	n := 0
	for range gen(4) {
		n++
	}
	fmt.Println("n", n)
}
