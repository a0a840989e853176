//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

var items = []Item{
	{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200},
	{"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45},
	{"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30},
	{"beer", 52, 10}, {"suntan cream", 11, 70}, {"camera", 32, 30},
	{"T-shirt", 24, 15}, {"trousers", 48, 10}, {"umbrella", 73, 40},
	{"waterproof trousers", 42, 70}, {"waterproof overclothes", 43, 75},
	{"note-case", 22, 80}, {"sunglasses", 7, 20}, {"towel", 18, 12},
	{"socks", 4, 50}, {"book", 30, 10},
}

func knapsack(items []Item, limit int) (int, []Item) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, limit+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= limit; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []Item
	w := limit
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	return dp[n][limit], chosen
}

func main() {
	best, chosen := knapsack(items, 400)
	weight := 0
	names := make([]string, 0, len(chosen))
	for i := len(chosen) - 1; i >= 0; i-- {
		weight += chosen[i].Weight
		names = append(names, chosen[i].Name)
	}
	fmt.Println("value:", best)
	fmt.Println("weight:", weight)
	fmt.Println("items:", strings.Join(names, ", "))
	fmt.Printf("%+v\n", chosen[0])
	v, c := knapsack(items[:3], 10)
	fmt.Println(v, c, len(c))
}
