//go:build ignore

// defer and go statements calling a variadic function value (a closure,
// a method value, fmt.Println in a variable) with zero, one or several
// variadic arguments.
package main

import (
	"fmt"
	"sync"
)

type T struct{}

func (T) Log(xs ...int) { fmt.Println("log", xs) }

var logv = func(xs ...int) { fmt.Println("logv", len(xs), xs) }

func one() int { return 1 }

func main() {
	logf := func(format string, args ...any) { fmt.Printf(format+"\n", args...) }
	p := fmt.Println
	send := func(xs ...int) { fmt.Println("send", len(xs), xs) }
	f := T{}.Log
	var wg sync.WaitGroup
	wg.Add(1)
	go func(xs ...int) { defer wg.Done(); fmt.Println("go", xs) }(1, 0)
	wg.Wait()
	done := make(chan bool)
	g := func(xs ...int) { fmt.Println("g", xs); done <- true }
	go g(1, 0)
	<-done
	func() {
		defer logf("%d-%d", 1, 2)
		defer p("y", 1)
		defer send()
		defer send(1, 0)
		defer f(1, 2)
		defer logv(3)
		defer send(one(), 0)
		xs := []int{7, 8}
		defer send(xs...)
		for i := range 2 {
			defer p("i", i)
		}
	}()
}
