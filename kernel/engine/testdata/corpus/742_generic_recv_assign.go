//go:build ignore

// Receives assigned to elements, fields, pointers, captured variables and
// named results in generic code.
package main

import (
	"fmt"
	"sync"
)

type Box[T any] struct{ V T }

func (b *Box[T]) Fill(ch chan T) { b.V = <-ch }

type Future[T any] struct {
	ch  chan T
	val T
}

func (f *Future[T]) Get() T {
	if f.ch != nil {
		f.val = <-f.ch
		f.ch = nil
	}
	return f.val
}

func Gather[T any](chans ...chan T) []T {
	out := make([]T, len(chans))
	var wg sync.WaitGroup
	for i, c := range chans {
		wg.Add(1)
		go func(i int, c chan T) {
			defer wg.Done()
			out[i] = <-c
		}(i, c)
	}
	wg.Wait()
	return out
}

func last[T any](ch chan T) (v T) {
	for range 2 {
		v = <-ch
	}
	return
}

func into[T any](p *T, ch chan T) { *p = <-ch }

func captured[T any](ch chan T) T {
	var got T
	func() { got = <-ch }()
	return got
}

func mapped[K comparable, V any](k K, ch chan V) map[K]V {
	m := map[K]V{}
	m[k] = <-ch
	return m
}

func main() {
	ch := make(chan string, 8)
	ch <- "hello"
	var b Box[string]
	b.Fill(ch)
	fmt.Println(b)
	f := &Future[int]{ch: make(chan int, 1)}
	f.ch <- 7
	fmt.Println(f.Get(), f.Get())
	a, c := make(chan float64, 1), make(chan float64, 1)
	a <- 1.5
	c <- 2.5
	fmt.Println(Gather(a, c))
	ch <- "x"
	ch <- "y"
	fmt.Println(last(ch))
	var s string
	ch <- "z"
	into(&s, ch)
	ch <- "w"
	fmt.Println(s, captured(ch))
	ch <- "v"
	fmt.Println(mapped(3, ch))
}
