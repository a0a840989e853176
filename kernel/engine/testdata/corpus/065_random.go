//go:build ignore

package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100))
	fmt.Println(r.Float64())
	fmt.Print(r.IntN(5)+5, ",", r.IntN(5)+5)
	fmt.Println()
	s2 := rand.NewPCG(42, 1024)
	r2 := rand.New(s2)
	fmt.Print(r2.IntN(100), ",", r2.IntN(100))
	fmt.Println()
	s3 := rand.NewPCG(42, 1024)
	r3 := rand.New(s3)
	fmt.Print(r3.IntN(100), ",", r3.IntN(100))
	fmt.Println()
	deck := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Perm(6))
	fmt.Println(r.Int64N(1_000_000_000), r.Uint32(), r.UintN(10))
	dur := rand.N(10)
	fmt.Println(dur >= 0 && dur < 10)
	counts := make([]int, 3)
	for range 3000 {
		counts[r.IntN(3)]++
	}
	fmt.Println(counts[0]+counts[1]+counts[2], slices.Min(counts) > 800)
	x := rand.IntN(10)
	fmt.Println(x >= 0 && x < 10)
	cr := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cr.IntN(1000), cr.NormFloat64() != 0)
}
