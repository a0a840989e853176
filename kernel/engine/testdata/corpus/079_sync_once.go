//go:build ignore

package main

import (
	"fmt"
	"sync"
)

type Config struct{ Name string }

var (
	once   sync.Once
	config *Config
	loads  int
)

func getConfig() *Config {
	once.Do(func() {
		loads++
		config = &Config{Name: "loaded"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			getConfig()
		}()
	}
	wg.Wait()
	fmt.Println(getConfig().Name, "loads:", loads)

	calls := 0
	expensive := sync.OnceValue(func() int {
		calls++
		return 42
	})
	fmt.Println(expensive(), expensive(), "calls:", calls)

	parse := sync.OnceValues(func() (int, error) {
		return 0, fmt.Errorf("parse failed")
	})
	v, err := parse()
	v2, err2 := parse()
	fmt.Println(v, err, v2, err2 == err)

	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()

	var pool = sync.Pool{New: func() any { return new([]byte) }}
	b := pool.Get().(*[]byte)
	*b = append((*b)[:0], "pooled"...)
	fmt.Println(string(*b))
	pool.Put(b)

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	val, ok := m.Load("a")
	fmt.Println(val, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	m.Delete("b")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		cond.Broadcast()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready:", ready)
}
