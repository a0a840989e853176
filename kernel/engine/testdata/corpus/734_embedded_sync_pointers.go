//go:build ignore

// Lock, Unlock, RLock and Wait promoted through embedded pointers to
// sync.Mutex, sync.RWMutex and sync.WaitGroup act on the shared value.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Guard struct {
	*sync.Mutex
	n int
}

type Table struct {
	*sync.RWMutex
	rows map[string]int
}

type Tracker struct {
	*sync.WaitGroup
	mu   sync.Mutex
	done []int
}

func main() {
	g := Guard{Mutex: &sync.Mutex{}}
	g.Lock()
	fmt.Println("locked, TryLock:", g.Mutex.TryLock())
	g.Unlock()
	fmt.Println("unlocked, TryLock:", g.Mutex.TryLock())
	g.Unlock()

	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.Lock()
			x := g.n
			runtime.Gosched()
			g.n = x + 1
			g.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("count:", g.n)

	t := Table{&sync.RWMutex{}, map[string]int{"a": 1}}
	t.RLock()
	fmt.Println("read-locked, TryLock:", t.RWMutex.TryLock(), t.rows["a"])
	t.RUnlock()
	t.Lock()
	t.rows["b"] = 2
	t.Unlock()
	fmt.Println("TryRLock:", t.RWMutex.TryRLock(), len(t.rows))
	t.RUnlock()

	tr := Tracker{WaitGroup: &sync.WaitGroup{}}
	for i := 0; i < 3; i++ {
		tr.Add(1)
		go func() {
			defer tr.Done()
			tr.mu.Lock()
			tr.done = append(tr.done, i)
			tr.mu.Unlock()
		}()
	}
	tr.Wait()
	fmt.Println("finished:", len(tr.done))
}
