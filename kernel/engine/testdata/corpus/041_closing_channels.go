//go:build ignore

package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)
	go func() {
		for {
			j, more := <-jobs
			if more {
				fmt.Println("received job", j)
			} else {
				fmt.Println("received all jobs")
				done <- true
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	<-done
	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int)
		close(c)
		close(c)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int, 1)
		close(c)
		c <- 1
	}()
}
