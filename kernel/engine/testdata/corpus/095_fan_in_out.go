//go:build ignore

package main

import (
	"fmt"
	"slices"
	"sync"
)

func producer(id int, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := range n {
			out <- fmt.Sprintf("p%d-%d", id, i)
		}
	}()
	return out
}

func merge[T any](cs ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T)
	output := func(c <-chan T) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func squareWorker(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func main() {
	var all []string
	for s := range merge(producer(1, 3), producer(2, 2), producer(3, 1)) {
		all = append(all, s)
	}
	slices.Sort(all)
	fmt.Println(len(all), all)

	in := make(chan int)
	go func() {
		defer close(in)
		for i := 1; i <= 20; i++ {
			in <- i
		}
	}()
	workers := make([]<-chan int, 4)
	for i := range workers {
		workers[i] = squareWorker(in)
	}
	total := 0
	var results []int
	for v := range merge(workers...) {
		total += v
		results = append(results, v)
	}
	slices.Sort(results)
	fmt.Println(total, results[:5], len(results))
}
