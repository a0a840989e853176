//go:build ignore

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	maxSize  atomic.Uint64
	ready    atomic.Bool
	config   atomic.Pointer[Config]
}

func (s *Stats) observe(size uint64, failed bool) {
	s.requests.Add(1)
	if failed {
		s.errors.Add(1)
	}
	for {
		cur := s.maxSize.Load()
		if size <= cur || s.maxSize.CompareAndSwap(cur, size) {
			return
		}
	}
}

func main() {
	var s Stats
	s.config.Store(&Config{1, "initial"})
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				s.observe(uint64(w*1000+i), i%100 == 0)
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		old := s.config.Swap(&Config{2, "reloaded"})
		fmt.Println("replaced version", old.Version)
	}()
	wg.Wait()
	s.ready.Store(true)
	fmt.Println("requests:", s.requests.Load())
	fmt.Println("errors:", s.errors.Load())
	fmt.Println("max:", s.maxSize.Load())
	fmt.Println("ready:", s.ready.Load())
	fmt.Printf("config: %+v\n", *s.config.Load())

	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	var name atomic.Value
	name.Store("v1")
	fmt.Println(name.CompareAndSwap("v0", "v2"), name.CompareAndSwap("v1", "v3"), name.Load())

	var legacy int64
	atomic.AddInt64(&legacy, 5)
	atomic.AddInt64(&legacy, -2)
	fmt.Println(atomic.LoadInt64(&legacy), atomic.CompareAndSwapInt64(&legacy, 3, 10), legacy)
	var flag uint32
	fmt.Println(atomic.SwapUint32(&flag, 1), flag)
}
