//go:build ignore

package main

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"sync"
)

type job struct {
	index int
	text  string
}

type result struct {
	index  int
	digest string
	words  int
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		sum := sha256.Sum256([]byte(j.text))
		results <- result{j.index, fmt.Sprintf("%x", sum[:4]), len(strings.Fields(j.text))}
	}
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"",
		"Go is expressive, concise, clean, and efficient",
		"channels orchestrate; mutexes serialize",
		"don't communicate by sharing memory",
	}
	jobs := make(chan job)
	results := make(chan result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]result, len(texts))
	for r := range results {
		ordered[r.index] = r
	}
	totalWords := 0
	for _, r := range ordered {
		fmt.Printf("%d %s %d %q\n", r.index, r.digest, r.words, texts[r.index])
		totalWords += r.words
	}
	fmt.Println("total words:", totalWords)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2)
}
