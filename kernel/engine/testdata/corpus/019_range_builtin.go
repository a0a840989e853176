//go:build ignore

package main

import "fmt"

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)
	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}
	kvs := map[string]string{"a": "apple"}
	for k, v := range kvs {
		fmt.Printf("%s -> %s\n", k, v)
	}
	for k := range kvs {
		fmt.Println("key:", k)
	}
	for i, c := range "go€" {
		fmt.Println(i, c, string(c))
	}
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// the range expression is evaluated once
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	type celsius float64
	temps := []celsius{20.5, 30}
	for _, t := range temps {
		fmt.Printf("%.1f ", t)
	}
	fmt.Println()
	bytes := []byte("hi")
	for i, b := range bytes {
		fmt.Println(i, b)
	}
}
