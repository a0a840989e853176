//go:build ignore

// Closures and goroutines made in a loop whose body also defers see that
// iteration's variables (Go 1.22), like those of loops without defer.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

func process(items []string) []string {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var out []string
	for _, it := range items {
		defer fmt.Println("closing", it)
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			out = append(out, "done "+it)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(out)
	return out
}

func readAll(dir string, names []string) []func() string {
	var readers []func() string
	for i, name := range names {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			fmt.Println(err)
			continue
		}
		defer f.Close()
		size := len(name) * 10
		readers = append(readers, func() string {
			return fmt.Sprint(i, " ", name, " ", size)
		})
	}
	return readers
}

func main() {
	var handlers []func() string
	for i := 0; i < 3; i++ {
		defer fmt.Println("cleanup", i)
		handlers = append(handlers, func() string { return fmt.Sprint("handler ", i) })
	}
	for _, h := range handlers {
		fmt.Println(h())
	}
	fmt.Println(process([]string{"x", "y"}))

	dir, _ := os.MkdirTemp("", "loopdefer")
	defer os.RemoveAll(dir)
	for _, n := range []string{"a.txt", "bb.txt"} {
		os.WriteFile(filepath.Join(dir, n), []byte(n), 0o644)
	}
	for _, r := range readAll(dir, []string{"a.txt", "bb.txt"}) {
		fmt.Println(r())
	}

	var grid []func() string
	for r := range 2 {
		for c := range 2 {
			defer func() {}()
			grid = append(grid, func() string { return fmt.Sprint(r, c) })
		}
	}
	var cells []string
	for _, g := range grid {
		cells = append(cells, g())
	}
	fmt.Println(strings.Join(cells, " "))

	// A variable the body changes after the closure is made stays shared.
	var fs []func() int
	for i := 0; i < 2; i++ {
		defer func() {}()
		n := i
		fs = append(fs, func() int { return n })
		n += 10
	}
	fmt.Println(fs[0](), fs[1]())
}
