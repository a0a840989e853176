//go:build ignore

package main

import (
	"fmt"
	"sync"
)

func main() {
	for i, v := range []int{5, 6} {
		i := i * 10
		v := v + 1
		fmt.Println(i, v)
	}
	for i := 0; i < 2; i++ {
		i := i + 100
		fmt.Println(i)
	}
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i, v := range []string{"a", "b", "c"} {
		v := v // the pre-Go 1.22 idiom
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = v
		}()
	}
	wg.Wait()
	fmt.Println(out)
	var fs []func() int
	for n := range 3 {
		n := n
		fs = append(fs, func() int { return n * n })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
