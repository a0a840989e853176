//go:build ignore

package main

import (
	"fmt"
	"sync"
)

type Step struct {
	Name string
	Undo func() string
}

// runSteps registers an undo action per step; undo actions run in reverse.
func runSteps(steps []Step) (log []string) {
	for _, s := range steps {
		log = append(log, "do "+s.Name)
		defer func(st Step) {
			log = append(log, st.Undo())
		}(s)
	}
	return log
}

func countdown(n int) {
	for i := 1; i <= n; i++ {
		defer func(k int) { fmt.Print(k, " ") }(i)
	}
	fmt.Print("liftoff in: ")
}

func main() {
	steps := []Step{
		{"mkdir", func() string { return "rmdir" }},
		{"write", func() string { return "delete" }},
	}
	fmt.Println(runSteps(steps))
	countdown(3)
	fmt.Println()

	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func(idx int) {
			defer wg.Done()
			results[idx] = idx * idx
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
