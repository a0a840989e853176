//go:build ignore

// Types embedding *SafeMap (and through it sync.Mutex) next to program
// interfaces handed to sync.Locker parameters.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.Lock()
	defer s.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.RLock()
	defer s.RUnlock()
	return s.m[k]
}

type Registry struct {
	*SafeMap
	sync.WaitGroup
	name string
}

type Locker interface {
	Lock()
	Unlock()
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	r := Registry{SafeMap: &SafeMap{m: map[string]int{}}, name: "reg"}
	keys := []string{"a", "b", "c"}
	for i := range 30 {
		r.Add(1)
		go func() {
			defer r.Done()
			r.Inc(keys[i%3])
		}()
	}
	r.Wait()
	fmt.Println(r.Get("a"), r.Get("b"), r.Get("c"))
	var l Locker = r.SafeMap
	withLock(l, func() { r.m["z"] = 99 })
	withLock(r.RLocker(), func() { fmt.Println("z =", r.m["z"]) })
	var ks []string
	for k := range r.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(ks)
	var once struct {
		sync.Once
		v int
	}
	for range 3 {
		once.Do(func() { once.v++ })
	}
	fmt.Println(once.v)
}
