//go:build ignore

package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func generate(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func merge(ctx context.Context, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	ctx := context.Background()
	for n := range square(ctx, square(ctx, generate(ctx, 1, 2, 3))) {
		fmt.Println(n)
	}

	in := generate(ctx, 1, 2, 3, 4, 5, 6, 7, 8)
	c1, c2 := square(ctx, in), square(ctx, in)
	sum := 0
	for n := range merge(ctx, c1, c2) {
		sum += n
	}
	fmt.Println("sum of squares:", sum)

	ctx2, cancel := context.WithCancel(context.Background())
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i
	}
	taken := 0
	for n := range square(ctx2, generate(ctx2, nums...)) {
		taken++
		if n >= 100 {
			cancel()
			break
		}
	}
	fmt.Println("taken before cancel:", taken)
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("shutting down"))
	fmt.Println(ctx3.Err(), context.Cause(ctx3))
}
