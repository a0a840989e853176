//go:build ignore

package main

import (
	"fmt"
	"sync"
)

func f(from string, out chan<- string) {
	for i := 0; i < 3; i++ {
		out <- fmt.Sprint(from, ":", i)
	}
	close(out)
}

func main() {
	out := make(chan string)
	go f("goroutine", out)
	for s := range out {
		fmt.Println(s)
	}

	done := make(chan bool)
	go func(msg string) {
		fmt.Println(msg)
		done <- true
	}("going")
	<-done

	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var wg2 sync.WaitGroup
	var total int64
	var mu sync.Mutex
	for i := 1; i <= 100; i++ {
		wg2.Go(func() {
			mu.Lock()
			total += int64(i)
			mu.Unlock()
		})
	}
	wg2.Wait()
	fmt.Println("total", total)
	fmt.Println("done")
}
