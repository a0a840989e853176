//go:build ignore

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			for range 1000 {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var n atomic.Int64
	n.Store(10)
	fmt.Println(n.Add(5), n.Load(), n.CompareAndSwap(15, 100), n.Load(), n.Swap(1), n.Load())

	var flag atomic.Bool
	fmt.Println(flag.Load())
	flag.Store(true)
	fmt.Println(flag.Load())

	var legacy int32
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt32(&legacy, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&legacy))

	var v atomic.Value
	v.Store([]string{"config", "v1"})
	fmt.Println(v.Load().([]string))
	type cfg struct{ name string }
	var p atomic.Pointer[cfg]
	fmt.Println(p.Load() == nil)
	p.Store(&cfg{"prod"})
	fmt.Println(p.Load().name)
}
