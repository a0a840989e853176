//go:build ignore

package main

import (
	"fmt"
	"sync"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := Container{
		counters: map[string]int{"a": 0, "b": 0},
	}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 1000)
	go doIncrement("a", 1000)
	go doIncrement("b", 1000)
	wg.Wait()
	fmt.Println(c.counters)

	cache := &Cache{data: map[string]string{}}
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cache.Set(fmt.Sprint("k", i%3), "v")
		}()
	}
	wg.Wait()
	_, ok0 := cache.Get("k0")
	_, ok9 := cache.Get("k9")
	fmt.Println(len(cache.data), ok0, ok9)
	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
}
