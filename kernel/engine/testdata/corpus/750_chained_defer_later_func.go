//go:build ignore

// A function declared after main, started as a goroutine after main's
// deferred calls were chained into a frame of their own.
package main

import (
	"fmt"
	"sync"
)

type T struct{ name string }

func (t T) show(n int) { fmt.Println(t.name, n) }

func main() {
	defer fmt.Println("a")
	defer fmt.Println("b")
	t := T{"t"}
	defer t.show(1)
	var wg sync.WaitGroup
	wg.Add(1)
	go show5(&wg, 5, "y")
	wg.Wait()
	fmt.Println("in main")
}

func show5(wg *sync.WaitGroup, n int, s string) { defer wg.Done(); fmt.Println("show5", n, s) }
