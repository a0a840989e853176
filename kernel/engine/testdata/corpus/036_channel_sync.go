//go:build ignore

package main

import (
	"fmt"
	"time"
)

func worker(done chan bool) {
	fmt.Print("working...")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("done")
	done <- true
}

func main() {
	done := make(chan bool, 1)
	go worker(done)
	<-done

	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	for i := 0; i < 3; i++ {
		ping <- i * 10
		fmt.Println("pong", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)
}
