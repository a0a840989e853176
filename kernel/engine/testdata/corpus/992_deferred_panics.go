//go:build ignore

// Deferred calls that panic or end the goroutine: defer panic of a
// constant, a deferred wg.Done that drops the counter below zero, and a
// deferred runtime.Goexit, with the calls deferred before them still run.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func constPanic() {
	defer func() { fmt.Println("rec:", recover()) }()
	defer fmt.Println("d2")
	defer panic("const")
	defer panic(42)
	fmt.Println("body")
}

func negativeDone() {
	defer func() { fmt.Println("rec:", recover()) }()
	defer fmt.Println("after done")
	var wg sync.WaitGroup
	defer wg.Done()
	fmt.Println("body")
}

func goexit() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("d1")
		defer fmt.Println("d2")
		defer runtime.Goexit()
		fmt.Println("body")
	}()
	<-done
}

func main() {
	constPanic()
	negativeDone()
	goexit()
}
