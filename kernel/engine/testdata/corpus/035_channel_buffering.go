//go:build ignore

package main

import "fmt"

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(len(messages), cap(messages))
	fmt.Println(<-messages)
	fmt.Println(<-messages)
	fmt.Println(len(messages))

	q := make(chan int, 5)
	for i := range 5 {
		q <- i
	}
	close(q)
	sum := 0
	for v := range q {
		sum += v
	}
	fmt.Println("sum", sum)
}
