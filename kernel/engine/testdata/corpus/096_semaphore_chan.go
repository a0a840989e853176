//go:build ignore

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := running.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			results[i] = i * 10
			running.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("peak concurrency <= limit:", peak.Load() <= limit, "running:", running.Load())
}
