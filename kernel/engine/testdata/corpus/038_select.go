//go:build ignore

package main

import (
	"fmt"
	"sort"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	go func() { c1 <- "one" }()
	go func() { c2 <- "two" }()
	var got []string
	for range 2 {
		select {
		case msg1 := <-c1:
			got = append(got, "received "+msg1)
		case msg2 := <-c2:
			got = append(got, "received "+msg2)
		}
	}
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}

	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := range 3 {
			data <- i
		}
		close(quit)
	}()
	for done := false; !done; {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case <-quit:
			fmt.Println("quit")
			done = true
		}
	}

	out := make(chan int, 1)
	select {
	case out <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("not sent")
	}
	select {
	case out <- 2:
		fmt.Println("sent again")
	default:
		fmt.Println("buffer full")
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed recv", v, ok)
	}
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("never")
	default:
		fmt.Println("nil channel never ready")
	}
}
