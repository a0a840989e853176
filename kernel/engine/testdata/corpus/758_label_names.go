//go:build ignore

// Labels named like variables, parameters, named results and functions.
package main

import (
	"fmt"
	"slices"
)

func retry() int { return 3 }

func find(rows [][]int, outer int) (out int) {
outer:
	for _, r := range rows {
		for _, v := range r {
			if v == outer {
				continue outer
			}
			if v > 5 {
				goto out
			}
			out += v
		}
	}
	return
out:
	return -out
}

func main() {
	rows := [][]int{{1, 2}, {3}}
	total := 0
rows:
	for _, r := range rows {
		for _, v := range r {
			if v == 2 {
				continue rows
			}
			total += v
		}
	}
	fmt.Println(total)
	n := 0
retry:
	n++
	if n < retry() {
		goto retry
	}
	fmt.Println(n)
	fmt.Println(find([][]int{{1, 2, 4}, {3, 1}}, 2), find([][]int{{1, 9}}, 0))
	done := make(chan bool, 1)
	count := 0
done:
	for v := range slices.Values([]int{1, 2, 3, 4}) {
		for w := range slices.Values([]int{10, 20}) {
			if v == 3 {
				break done
			}
			if w == 20 {
				continue done
			}
			count += v * w
		}
	}
	done <- true
	fmt.Println(count, <-done)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	got := 0
got:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break got
			}
			got += v
		}
	}
	fmt.Println(got)
}
