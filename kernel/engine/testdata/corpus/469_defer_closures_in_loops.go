//go:build ignore

package main

import (
	"fmt"
	"sync"
)

type C struct{ n int }

func main() {
	for lvl := 0; lvl < 2; lvl++ {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer func() { wg.Done() }()
		}()
		wg.Wait()
	}
	fmt.Println("ok")
	for i := 0; i < 2; i++ {
		var d C
		var arr [2]int
		func() { defer func() { d.n++; arr[0]++ }() }()
		fmt.Println(d.n, arr[0])
	}
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for _, v := range []int{1, 2, 3} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer func() { mu.Unlock() }()
			total += v
		}()
	}
	wg.Wait()
	fmt.Println(total)
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred", i) }()
	}
}
