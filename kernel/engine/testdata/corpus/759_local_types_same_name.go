//go:build ignore

// Struct types declared in different functions under one name.
package main

import (
	"fmt"
	"sort"
)

func a() {
	type item struct{ Name string }
	fmt.Printf("%+v\n", item{"a"})
}

func b() {
	type item struct{ Price float64 }
	fmt.Printf("%+v %#v\n", item{2.5}, item{2.5})
}

func topWords(counts map[string]int) {
	type kv struct {
		Key   string
		Count int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].Count > kvs[j].Count })
	fmt.Printf("%+v\n", kvs)
}

func topScores(scores map[string]float64) {
	type kv struct {
		Name  string
		Score float64
	}
	var kvs []kv
	for k, v := range scores {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].Score > kvs[j].Score })
	fmt.Printf("%+v %v\n", kvs, kvs[0])
}

func main() {
	a()
	b()
	topWords(map[string]int{"x": 1, "y": 9})
	topScores(map[string]float64{"p": 2.5, "q": 0.5})
}
