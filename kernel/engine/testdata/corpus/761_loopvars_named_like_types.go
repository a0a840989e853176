//go:build ignore

// Loop variables named like the program's types, imported packages and
// builtins, captured by closures and goroutines.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	name string
}

type item int

func main() {
	jobs := []job{{1, "a"}, {2, "b"}, {3, "c"}}
	results := make([]string, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("%d:%s", job.id, job.name)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	var fs []func() int
	for item := range 3 {
		fs = append(fs, func() int { return item * 10 })
	}
	for item := 0; item < 2; item++ {
		fs = append(fs, func() int { return item })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	type str = string
	for _, string := range []str{"x", "y"} {
		gs = append(gs, func() str { return string })
	}
	for len, cap := range map[int]int{1: 2} {
		gs = append(gs, func() string { return fmt.Sprint(len, cap) })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	for strings := range 2 {
		fmt.Print(strings, " ")
	}
	fmt.Println(strings.ToUpper("ok"))
	var x any = job{7, "z"}
	switch j := x.(type) {
	case job:
		fmt.Println("job", j.id)
	}
	counts := map[string]int{"b": 2, "a": 1}
	keys := []string{}
	for sort := range counts {
		keys = append(keys, sort)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
