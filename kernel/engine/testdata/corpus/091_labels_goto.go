//go:build ignore

package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var ri, ci int
	found := false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				ri, ci, found = i, j, true
				break outer
			}
		}
	}
	return ri, ci, found
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 5))
	fmt.Println(findPair(grid, 10))

rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	i := 0
loop:
	if i < 5 {
		fmt.Print("goto ", i, "; ")
		i++
		goto loop
	}
	fmt.Println()

	n := 0
	ch := make(chan int, 10)
	for k := range 10 {
		ch <- k
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v%3 != 0 {
				continue recv
			}
			n += v
		}
	}
	fmt.Println("sum of multiples of 3:", n)

sw:
	switch x := 2; x {
	case 2:
		for range 3 {
			break sw
		}
		fmt.Println("not printed")
	}
	fmt.Println("after labeled switch")
	if err := retry(); err != nil {
		fmt.Println(err)
	}
}

func retry() error {
	attempts := 0
again:
	attempts++
	if attempts < 3 {
		fmt.Println("attempt", attempts, "failed")
		goto again
	}
	fmt.Println("succeeded after", attempts)
	return nil
}
