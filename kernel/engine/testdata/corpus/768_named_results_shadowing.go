//go:build ignore

// Named results, a shadowing logger and map tuple targets named like
// builtins, packages and the program's types.
package main

import (
	"fmt"
	"log"
	"os"
)

type result struct{ ok bool }

func count(s string) (len int) {
	for range s {
		len++
	}
	return
}

func score(xs []int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	for _, x := range xs {
		result += x
	}
	return
}

func main() {
	log := log.New(os.Stdout, "app: ", 0)
	log.Println("started")
	log.Printf("%d items", 3)
	fmt.Println(count("hello"))
	fmt.Println(score([]int{1, 2, 3}))
	fmt.Println(result{true})
	type node struct{ id int }
	dist := map[node]int{}
	var last node
	for _, node := range []node{{1}, {2}} {
		dist[node], last = node.id*10, node
	}
	fmt.Println(dist, last)
}
