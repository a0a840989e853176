//go:build ignore

package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"
)

type Job struct {
	ID     int
	Weight int64
}

func main() {
	const capacity = 4
	sem := semaphore.NewWeighted(capacity)
	ctx := context.Background()

	var inUse, peak atomic.Int64
	var mu sync.Mutex
	var done []int
	var wg sync.WaitGroup
	jobs := []Job{{1, 1}, {2, 2}, {3, 3}, {4, 1}, {5, 4}, {6, 2}, {7, 1}}
	for _, j := range jobs {
		if err := sem.Acquire(ctx, j.Weight); err != nil {
			fmt.Println("acquire:", err)
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer sem.Release(j.Weight)
			now := inUse.Add(j.Weight)
			for {
				p := peak.Load()
				if now <= p || peak.CompareAndSwap(p, now) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			inUse.Add(-j.Weight)
			mu.Lock()
			done = append(done, j.ID)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(done)
	fmt.Println("done:", done)
	fmt.Println("peak within capacity:", peak.Load() <= capacity, "in use now:", inUse.Load())

	fmt.Println("try 4:", sem.TryAcquire(4))
	fmt.Println("try 1 more:", sem.TryAcquire(1))
	sem.Release(4)

	ctx2, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	sem.Acquire(ctx2, 3)
	err := sem.Acquire(ctx2, 2)
	fmt.Println("blocked acquire:", err)
	sem.Release(3)
	fmt.Println("after release:", sem.TryAcquire(capacity))
}
