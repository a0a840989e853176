//go:build ignore

package main

import (
	"fmt"
	"sync"
)

type T struct{ n int }

func (t *T) Show() { fmt.Println("show", t.n) }

type C int

func (c *C) Get() int { return int(*c) }

func main() {
	func() {
		for _, t := range []T{{1}, {2}} {
			defer t.Show()
		}
	}()
	var wg sync.WaitGroup
	res := make([]int, 3)
	for i, t := range []T{{10}, {20}, {30}} {
		wg.Add(1)
		f := t.Show
		_ = f
		go func() { defer wg.Done(); res[i] = t.n }()
	}
	wg.Wait()
	fmt.Println(res)
	var gs []func() int
	for c := C(0); c < 3; c++ {
		gs = append(gs, c.Get)
	}
	fmt.Println(gs[0](), gs[1](), gs[2]())
}
