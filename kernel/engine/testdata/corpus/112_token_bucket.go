//go:build ignore

package main

import (
	"fmt"
	"sync"
	"time"
)

// Bucket is a token bucket driven by an explicit clock so that its
// decisions are deterministic.
type Bucket struct {
	mu       sync.Mutex
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewBucket(capacity, rate float64, now time.Time) *Bucket {
	return &Bucket{capacity: capacity, tokens: capacity, rate: rate, last: now}
}

func (b *Bucket) Allow(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type Limiter struct {
	mu      sync.Mutex
	buckets map[string]*Bucket
	newB    func(time.Time) *Bucket
}

func (l *Limiter) Allow(key string, now time.Time) bool {
	l.mu.Lock()
	b, ok := l.buckets[key]
	if !ok {
		b = l.newB(now)
		l.buckets[key] = b
	}
	l.mu.Unlock()
	return b.Allow(now)
}

func main() {
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b := NewBucket(3, 2, t0)
	offsets := []time.Duration{0, 0, 0, 0, 100 * time.Millisecond, 500 * time.Millisecond,
		510 * time.Millisecond, 2 * time.Second, 2 * time.Second, 2 * time.Second, 2 * time.Second}
	for _, off := range offsets {
		fmt.Printf("t=%-6v allowed=%v\n", off, b.Allow(t0.Add(off)))
	}
	l := &Limiter{buckets: map[string]*Bucket{}, newB: func(now time.Time) *Bucket { return NewBucket(2, 1, now) }}
	allowed := map[string]int{}
	for i := range 10 {
		for _, user := range []string{"alice", "bob"} {
			if user == "bob" && i%2 == 1 {
				continue
			}
			if l.Allow(user, t0.Add(time.Duration(i)*300*time.Millisecond)) {
				allowed[user]++
			}
		}
	}
	fmt.Println("alice", allowed["alice"], "bob", allowed["bob"])
	var wg sync.WaitGroup
	shared := NewBucket(50, 0, t0)
	var mu sync.Mutex
	ok := 0
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if shared.Allow(t0) {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("concurrent allowed:", ok)
}
