//go:build ignore

package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func serve(ctx context.Context, jobs <-chan int) (handled int) {
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			handled += j
		}
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Println("ctx err before:", ctx.Err())

	jobs := make(chan int)
	done := make(chan int)
	go func() { done <- serve(ctx, jobs) }()
	for i := 1; i <= 4; i++ {
		jobs <- i
	}
	close(jobs)
	fmt.Println("handled:", <-done)

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGUSR1)
	signal.Stop(sigs)
	select {
	case s := <-sigs:
		fmt.Println("unexpected", s)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("no signal received")
	}
	stop()
	<-ctx.Done()
	fmt.Println("ctx err after stop:", ctx.Err())
	fmt.Println(os.Interrupt, syscall.SIGTERM)
}
