//go:build ignore

package main

import "fmt"

func squares(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
	total := 0
	for sq := range squares(5) {
		fmt.Print(sq, " ")
		total += sq
	}
	fmt.Println("=", total)
	for range squares(3) {
		fmt.Print(".")
	}
	fmt.Println()
}
