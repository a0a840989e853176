//go:build ignore

package main

import (
	"fmt"
	"sync"
)

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []string
	cap      int
	closed   bool
}

func NewBoundedQueue(capacity int) *BoundedQueue {
	q := &BoundedQueue{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(s string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, s)
	q.notEmpty.Signal()
}

func (q *BoundedQueue) Get() (string, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return s, true
}

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	q := NewBoundedQueue(2)
	var wg sync.WaitGroup
	results := make([][]string, 3)
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				s, ok := q.Get()
				if !ok {
					return
				}
				results[w] = append(results[w], s)
			}
		}()
	}
	for i := range 20 {
		q.Put(fmt.Sprintf("item-%02d", i))
	}
	q.Close()
	wg.Wait()
	total := 0
	for _, r := range results {
		total += len(r)
	}
	fmt.Println("consumed:", total)

	b := NewBarrier(4)
	var mu sync.Mutex
	phases := map[int]int{}
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for phase := range 3 {
				mu.Lock()
				phases[phase]++
				mu.Unlock()
				b.Wait()
			}
		}()
	}
	wg.Wait()
	fmt.Println("phases:", phases, "generations:", b.gen)
}
