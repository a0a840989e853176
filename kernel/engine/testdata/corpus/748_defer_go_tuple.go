//go:build ignore

// A call's results passed straight to a deferred call or a go statement's.
package main

import (
	"fmt"
	"sync"
)

func two() (int, string) { return 1, "two" }

func use(n int, s string) { fmt.Println("use", n, s) }

type T struct{ name string }

func (t T) show(n int, s string) { fmt.Println(t.name, n, s) }

func pair(i int) (int, string) { return i, fmt.Sprint("v", i) }

func main() {
	defer use(two())
	defer fmt.Println(two())
	t := T{"t"}
	defer t.show(two())
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for i := range 3 {
		wg.Add(1)
		go func(n int, s string) {
			defer wg.Done()
			out <- fmt.Sprint(n, s)
		}(pair(i))
	}
	wg.Wait()
	close(out)
	sum := 0
	for s := range out {
		sum += len(s)
	}
	fmt.Println("sum", sum)
	for i := range 2 {
		defer use(pair(i))
	}
	done := make(chan bool)
	go func() { show3(pair(9)); done <- true }()
	<-done
	wg.Add(1)
	go show4(&wg, 5)
	wg.Wait()
	fmt.Println("in main")
}

func show3(n int, s string) { fmt.Println("show3", n, s) }

func split(wg *sync.WaitGroup, n int) (*sync.WaitGroup, int, string) { return wg, n, fmt.Sprint(n) }

func show4(wg *sync.WaitGroup, n int) { go show5(split(wg, n)) }

func show5(wg *sync.WaitGroup, n int, s string) { defer wg.Done(); fmt.Println("show5", n, s) }
