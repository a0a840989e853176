//go:build ignore

// An index after a call that changes what it indexes, in one statement,
// sees the change (the kernel checked the index before the call); an
// index out of range still reads as Go's.
package main

import (
	"encoding/json"
	"fmt"
)

func fill(s *[]int) int { *s = []int{1, 2, 3}; return 0 }

func main() {
	a := []int{0}
	fmt.Println(fill(&a), a[2])
	var all []string
	fmt.Println(json.Unmarshal([]byte(`["x","y","z"]`), &all), len(all), all[2])
	defer func() { fmt.Println("recovered:", recover()) }()
	i := 5
	fmt.Println(a[i])
}
