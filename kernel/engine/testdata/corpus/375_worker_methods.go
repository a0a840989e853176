//go:build ignore

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	Worker int
	JobID  int
	Words  int
}

type Worker struct {
	ID      int
	handled int
}

var (
	mu      sync.Mutex
	started []int
)

func (w *Worker) Start(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	started = append(started, w.ID)
	mu.Unlock()
	for j := range jobs {
		w.handled++
		results <- Result{w.ID, j.ID, len(strings.Fields(j.Text))}
	}
}

type Greeter struct{ Name string }

func (g Greeter) Greet(out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- "hello from " + g.Name
}

func main() {
	texts := []string{"a b c", "d e", "f", "g h i j", "k l", "m n o"}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	workers := []*Worker{{ID: 1}, {ID: 2}, {ID: 3}}
	var wg sync.WaitGroup
	for _, w := range workers {
		wg.Add(1)
		go w.Start(jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- Job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)

	total := 0
	ids := map[int]bool{}
	for r := range results {
		total += r.Words
		ids[r.JobID] = true
	}
	handled := 0
	for _, w := range workers {
		handled += w.handled
	}
	sort.Ints(started)
	fmt.Println("words:", total, "jobs seen:", len(ids), "handled:", handled, "started:", started)

	out := make(chan string, 3)
	for _, name := range []string{"ada", "bob", "cy"} {
		wg.Add(1)
		g := Greeter{name}
		go g.Greet(out, &wg)
	}
	wg.Wait()
	close(out)
	var greetings []string
	for s := range out {
		greetings = append(greetings, s)
	}
	sort.Strings(greetings)
	fmt.Println(strings.Join(greetings, "; "))
}
