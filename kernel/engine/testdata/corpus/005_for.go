//go:build ignore

package main

import "fmt"

func main() {
	i := 1
	for i <= 3 {
		fmt.Println(i)
		i = i + 1
	}
	for j := 0; j < 3; j++ {
		fmt.Println("j", j)
	}
	for i := range 3 {
		fmt.Println("range", i)
	}
	for {
		fmt.Println("loop")
		break
	}
	for n := range 6 {
		if n%2 == 0 {
			continue
		}
		fmt.Println("odd", n)
	}
	sum := 0
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		sum += j - i
	}
	fmt.Println("sum", sum)
	var count int
	for range 5 {
		count++
	}
	fmt.Println("count", count)
	var n int64 = 3
	for i := range n {
		fmt.Printf("%T %d\n", i, i)
	}
}
