//go:build ignore

package main

import "fmt"

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg
}

func gen(nums ...int) <-chan int {
	out := make(chan int, len(nums))
	for _, n := range nums {
		out <- n
	}
	close(out)
	return out
}

func sink(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

func main() {
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)
	fmt.Println(sink(gen(1, 2, 3, 4)))
	var ro <-chan int = gen(5)
	fmt.Printf("%T %v\n", ro, <-ro)
	var so chan<- string = pings
	so <- "x"
	fmt.Printf("%T %d\n", so, len(so))
}
