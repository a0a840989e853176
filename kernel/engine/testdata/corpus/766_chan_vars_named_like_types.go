//go:build ignore

// Channel variables and channel and iterator range variables named like the
// program's types and builtins.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type job struct{ ID int }
type result struct{ N int }

func main() {
	jobs := make(chan job, 3)
	for i := range 3 {
		jobs <- job{i + 1}
	}
	close(jobs)
	result := make(chan int, 3)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for job := range jobs {
			result <- job.ID * 10
		}
		close(result)
	}()
	wg.Wait()
	sum := 0
	for result := range result {
		sum += result
	}
	fmt.Println(sum)
	strs := make(chan string, 2)
	strs <- "a"
	strs <- "b"
	close(strs)
	for string := range strs {
		fmt.Print(string, " ")
	}
	fmt.Println()
	for job := range slices.Values([]job{{7}, {8}}) {
		fmt.Print(job.ID, " ")
	}
	var got job
	for i, job := range slices.All([]job{{9}}) {
		got = job
		_ = i
	}
	fmt.Println(got.ID)
}
