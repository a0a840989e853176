//go:build ignore

package main

import (
	"fmt"
	"strings"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	c := gen(2, 3)
	out := sq(c)
	fmt.Println(<-out)
	fmt.Println(<-out)
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(n)
	}
	odd := filter(sq(gen(1, 2, 3, 4, 5, 6)), func(n int) bool { return n%2 == 1 })
	for n := range odd {
		fmt.Print(n, " ")
	}
	fmt.Println()
	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range strings.Fields("the pipeline pattern in go") {
			words <- w
		}
	}()
	lengths := stage(stage(words, strings.ToUpper), func(s string) string { return fmt.Sprintf("%s:%d", s, len(s)) })
	var parts []string
	for s := range lengths {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, " "))
}
