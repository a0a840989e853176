//go:build ignore

package main

import (
	"fmt"
	"slices"
)

func main() {
	sum := 0
	for v := range slices.Values([]int{1, 2, 3, 4}) {
		if v == 3 {
			goto done
		}
		sum += v
	}
done:
	fmt.Println("sum", sum)
	ch := make(chan int, 10)
	for i := range 10 {
		ch <- i
	}
	var fs []func() int
outer:
	for i := 0; i < 3; i++ {
		select {
		case v := <-ch:
			fs = append(fs, func() int { return i*10 + v })
			continue outer
		}
	}
	n := 0
loop:
	for v := range slices.Values([]int{1, 2, 3}) {
		select {
		case <-ch:
			n += v
			continue loop
		}
	}
	for v := range slices.Values([]int{1, 2}) {
		select {
		case <-ch:
			n += v * 10
			continue
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(n)
}
