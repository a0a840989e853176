//go:build ignore

package main

import (
	"fmt"
	"time"
)

type Limiter struct {
	tokens chan struct{}
	ticker *time.Ticker
	stop   chan struct{}
}

func NewLimiter(burst int, every time.Duration) *Limiter {
	l := &Limiter{tokens: make(chan struct{}, burst), ticker: time.NewTicker(every), stop: make(chan struct{})}
	for range burst {
		l.tokens <- struct{}{}
	}
	go func() {
		for {
			select {
			case <-l.ticker.C:
				select {
				case l.tokens <- struct{}{}:
				default:
				}
			case <-l.stop:
				return
			}
		}
	}()
	return l
}

func (l *Limiter) Wait() { <-l.tokens }
func (l *Limiter) Stop() { l.ticker.Stop(); close(l.stop) }
func (l *Limiter) Allow() bool {
	select {
	case <-l.tokens:
		return true
	default:
		return false
	}
}

func main() {
	ticker := time.NewTicker(5 * time.Millisecond)
	done := make(chan bool)
	ticks := 0
	go func() {
		time.Sleep(28 * time.Millisecond)
		done <- true
	}()
loop:
	for {
		select {
		case <-done:
			break loop
		case <-ticker.C:
			ticks++
		}
	}
	ticker.Stop()
	fmt.Println("ticked:", ticks >= 1)

	l := NewLimiter(3, 10*time.Millisecond)
	defer l.Stop()
	allowed := 0
	for range 5 {
		if l.Allow() {
			allowed++
		}
	}
	fmt.Println("burst allowed:", allowed)
	start := time.Now()
	for i := range 3 {
		l.Wait()
		fmt.Println("request", i+1, "served")
	}
	fmt.Println("waited for tokens:", time.Since(start) >= 15*time.Millisecond)

	tick := time.Tick(3 * time.Millisecond)
	for i := range 3 {
		<-tick
		fmt.Println("tick", i)
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", timer.Stop())
	timer.Reset(time.Millisecond)
	<-timer.C
	fmt.Println("reset timer fired")
}
