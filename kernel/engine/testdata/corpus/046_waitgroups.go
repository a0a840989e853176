//go:build ignore

package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func worker(id int, log chan<- string) {
	log <- fmt.Sprintf("Worker %d starting", id)
	time.Sleep(5 * time.Millisecond)
	log <- fmt.Sprintf("Worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	log := make(chan string, 10)
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(i, log)
		}()
	}
	wg.Wait()
	close(log)
	var lines []string
	for l := range log {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	var wg2 sync.WaitGroup
	sums := make([]int, 4)
	data := [][]int{{1, 2}, {3, 4, 5}, {}, {10}}
	for i, part := range data {
		wg2.Go(func() {
			for _, v := range part {
				sums[i] += v
			}
		})
	}
	wg2.Wait()
	fmt.Println(sums)
}
