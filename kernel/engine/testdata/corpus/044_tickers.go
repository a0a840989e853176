//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				close(ticks)
				return
			case <-ticker.C:
				n++
				select {
				case ticks <- n:
				case <-done:
					close(ticks)
					return
				}
			}
		}
	}()
	for n := range ticks {
		fmt.Println("Tick", n)
		if n == 3 {
			ticker.Stop()
			close(done)
			break
		}
	}
	fmt.Println("Ticker stopped")
	tk := time.Tick(5 * time.Millisecond)
	for i := range 2 {
		<-tk
		fmt.Println("tick from time.Tick", i)
	}
}
