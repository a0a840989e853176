//go:build ignore

package main

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	sem := semaphore.NewWeighted(4)
	var mu sync.Mutex
	var wg sync.WaitGroup
	out := make([]int, 8)
	for i := range 8 {
		if err := sem.Acquire(ctx, 1); err != nil {
			fmt.Println("acquire:", err)
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer sem.Release(1)
			mu.Lock()
			out[i] = i * i
			mu.Unlock()
		}()
	}
	if err := sem.Acquire(ctx, 4); err != nil {
		fmt.Println(err)
	}
	wg.Wait()
	fmt.Println(out)
	fmt.Println("try while full:", sem.TryAcquire(1))
	sem.Release(4)
	fmt.Println("try after release:", sem.TryAcquire(1))
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	fmt.Println(semaphore.NewWeighted(1).Acquire(cctx, 2))
}
