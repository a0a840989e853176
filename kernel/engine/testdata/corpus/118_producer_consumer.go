//go:build ignore

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Order struct {
	ID    int
	Item  string
	Count int
}

type Result struct {
	OrderID int
	Worker  int
	Cost    int
}

var prices = map[string]int{"apple": 3, "bread": 5, "cheese": 12}

func producer(orders []Order, out chan<- Order, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, o := range orders {
		out <- o
	}
}

func consumer(id int, in <-chan Order, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range in {
		out <- Result{OrderID: o.ID, Worker: id, Cost: prices[o.Item] * o.Count}
	}
}

func main() {
	orders := make(chan Order, 4)
	results := make(chan Result, 4)
	var producers, consumers sync.WaitGroup
	batches := [][]Order{
		{{1, "apple", 4}, {2, "bread", 1}, {3, "cheese", 2}},
		{{4, "apple", 10}, {5, "cheese", 1}},
		{{6, "bread", 3}},
	}
	for _, b := range batches {
		producers.Add(1)
		go producer(b, orders, &producers)
	}
	for id := 1; id <= 3; id++ {
		consumers.Add(1)
		go consumer(id, orders, results, &consumers)
	}
	go func() {
		producers.Wait()
		close(orders)
	}()
	go func() {
		consumers.Wait()
		close(results)
	}()
	var all []Result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].OrderID < all[j].OrderID })
	total := 0
	var lines []string
	for _, r := range all {
		total += r.Cost
		lines = append(lines, fmt.Sprintf("#%d=%d", r.OrderID, r.Cost))
	}
	fmt.Println(strings.Join(lines, " "))
	fmt.Println("orders:", len(all), "total:", total, "workers used >= 1:", len(workers) >= 1)
}
