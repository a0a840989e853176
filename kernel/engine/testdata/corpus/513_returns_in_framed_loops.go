//go:build ignore

package main

import (
	"errors"
	"fmt"
)

func recv(cs []chan int) (int, error) {
	for _, c := range cs {
		p := &c
		if len(*p) > 0 {
			return <-c, nil
		}
	}
	return 0, errors.New("none")
}

func one(cs []chan int) int {
	for _, c := range cs {
		p := &c
		if len(*p) > 0 {
			return <-c
		}
	}
	return -1
}

func pair(n int) (int, error) { return n, nil }

func conv(xs []int) (any, error) {
	for _, x := range xs {
		p := &x
		if *p > 1 {
			return pair(*p)
		}
	}
	return nil, nil
}

func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	b <- 5
	fmt.Println(recv([]chan int{a, b}))
	b <- 6
	fmt.Println(one([]chan int{a, b}))
	fmt.Println(conv([]int{1, 3}))
}
