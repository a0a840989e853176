//go:build ignore

package main

import (
	"fmt"
	"slices"
)

type hub struct {
	subs map[string]chan string
}

func main() {
	a := make(chan int, 1)
	a <- 1
	m := map[string]chan int{"a": a}
	for k, ch := range m {
		fmt.Println(k, <-ch)
	}
	h := hub{subs: map[string]chan string{"x": make(chan string, 1), "y": make(chan string, 1)}}
	for name, ch := range h.subs {
		ch <- "hi " + name
	}
	var got []string
	for _, ch := range h.subs {
		got = append(got, <-ch)
	}
	slices.Sort(got)
	fmt.Println(got)
	ro := map[int]<-chan int{1: a}
	a <- 5
	for _, c := range ro {
		fmt.Println(<-c)
	}
}
