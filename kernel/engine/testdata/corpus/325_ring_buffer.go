//go:build ignore

package main

import (
	"fmt"
	"iter"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) Push(v T) (dropped T, full bool) {
	if r.size == len(r.buf) {
		dropped = r.buf[r.head]
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return dropped, true
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return dropped, false
}

func (r *Ring[T]) Pop() (T, bool) {
	var zero T
	if r.size == 0 {
		return zero, false
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring[T]) Len() int { return r.size }

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range r.size {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range r.All() {
			if !yield(v) {
				return
			}
		}
	}
}

func Average(r *Ring[float64]) float64 {
	sum := 0.0
	for v := range r.Values() {
		sum += v
	}
	return sum / float64(r.Len())
}

func main() {
	r := NewRing[int](4)
	for i := 1; i <= 6; i++ {
		if d, full := r.Push(i * 10); full {
			fmt.Println("dropped", d)
		}
	}
	for i, v := range r.All() {
		fmt.Printf("[%d]=%d ", i, v)
	}
	fmt.Println()
	v, ok := r.Pop()
	fmt.Println(v, ok, r.Len())
	for v := range r.Values() {
		if v > 50 {
			break
		}
		fmt.Println("value", v)
	}

	temps := NewRing[float64](3)
	for _, t := range []float64{20.5, 21, 23.5, 19, 18.5} {
		temps.Push(t)
		fmt.Printf("moving avg %.2f\n", Average(temps))
	}
	words := NewRing[string](2)
	words.Push("a")
	fmt.Println(words.Pop())
	fmt.Println(words.Pop())
}
