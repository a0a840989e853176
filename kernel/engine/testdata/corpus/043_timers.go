//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}

	fired := make(chan string, 1)
	time.AfterFunc(10*time.Millisecond, func() { fired <- "AfterFunc ran" })
	fmt.Println(<-fired)

	t3 := time.NewTimer(time.Hour)
	t3.Reset(5 * time.Millisecond)
	<-t3.C
	fmt.Println("Timer 3 fired after reset")
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("slept at least 30ms:", time.Since(start) >= 30*time.Millisecond)
}
