//go:build ignore

package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type PanicError struct {
	Task  int
	Value any
}

func (p *PanicError) Error() string { return fmt.Sprintf("task %d panicked: %v", p.Task, p.Value) }

func safeGo(wg *sync.WaitGroup, errs chan<- error, task int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- &PanicError{task, r}
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	results := make([]int, 5)
	for i := range 5 {
		safeGo(&wg, errs, i, func() {
			switch i {
			case 1:
				var m map[int]int
				m[0] = 1
			case 3:
				arr := []int{}
				_ = arr[i]
			default:
				results[i] = 100 / (4 - i)
			}
		})
	}
	wg.Wait()
	close(errs)
	var msgs []string
	for err := range errs {
		var pe *PanicError
		if errors.As(err, &pe) {
			msgs = append(msgs, err.Error())
		}
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println(results)
	done := make(chan any)
	go func() {
		defer func() { done <- recover() }()
		var p *PanicError
		_ = p.Task
	}()
	fmt.Println("recovered in goroutine:", <-done)
}
