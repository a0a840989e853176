//go:build ignore

// Closures capturing loop variables in goroutines (Go 1.22 semantics).
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	idx int
	val string
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta"}
	out := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprintf("%d:%s", i, w)
		}()
	}
	wg.Wait()
	fmt.Println(out)

	ch := make(chan result)
	for i := 0; i < 5; i++ {
		go func() { ch <- result{i, fmt.Sprint(i * i)} }()
	}
	var rs []result
	for range 5 {
		rs = append(rs, <-ch)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].idx < rs[b].idx })
	fmt.Println(rs)

	var mu sync.Mutex
	sums := map[int]int{}
	for i := range 3 {
		for j := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				sums[i] += j
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	fmt.Println(sums)

	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * 100 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A variable declared outside the loop is shared.
	shared := 0
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			shared += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("shared:", shared)

	done := make(chan int, 3)
	for _, n := range []int{10, 20, 30} {
		go func(k int) { done <- n + k }(1)
	}
	got := []int{<-done, <-done, <-done}
	sort.Ints(got)
	fmt.Println(got)
}
