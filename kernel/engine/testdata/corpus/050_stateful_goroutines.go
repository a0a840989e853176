//go:build ignore

package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	quit := make(chan struct{})
	var owner sync.WaitGroup
	owner.Add(1)
	go func() {
		defer owner.Done()
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case <-quit:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				write := writeOp{key: w % 5, val: 1, resp: make(chan bool)}
				writes <- write
				<-write.resp
			}
		}()
	}
	wg.Wait()
	for k := range 5 {
		read := readOp{key: k, resp: make(chan int)}
		reads <- read
		fmt.Println("key", k, "=", <-read.resp)
	}
	close(quit)
	owner.Wait()
	fmt.Println("owner stopped")
}
