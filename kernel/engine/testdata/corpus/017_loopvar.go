//go:build ignore

package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Println("3-clause", i) })
	}
	for _, s := range []string{"a", "b", "c"} {
		prints = append(prints, func() { fmt.Println("range", s) })
	}
	for i := range 3 {
		prints = append(prints, func() { fmt.Println("range int", i) })
	}
	for _, p := range prints {
		p()
	}

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Each goroutine reads its own i while the loop goes on; repeated,
	// since a wrong copy of the loop variable may show only sometimes.
	allRight := true
	var seen []int
	for range 50 {
		var wg sync.WaitGroup
		var mu sync.Mutex
		seen = nil
		for i := 0; i < 5; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				seen = append(seen, i*i)
				mu.Unlock()
			}()
		}
		wg.Wait()
		slices.Sort(seen)
		allRight = allRight && slices.Equal(seen, []int{0, 1, 4, 9, 16})
	}
	fmt.Println("goroutines saw", seen, "in every trial:", allRight)

	// modifying the loop variable inside the body affects only this iteration
	for i := 0; i < 6; i++ {
		i++
		fmt.Print(i, " ")
	}
	fmt.Println()
}
