//go:build ignore

package main

import (
	"fmt"
	"sort"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- [2]int) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- [2]int{j, j * 2}
	}
	_ = id
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan [2]int, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	var out [][2]int
	for a := 1; a <= numJobs; a++ {
		out = append(out, <-results)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	for _, r := range out {
		fmt.Printf("job %d -> %d\n", r[0], r[1])
	}
}
