//go:build ignore

// Results of the program's interfaces beside operations: in instances of
// generic functions and methods, in range-over-func loop bodies, and in a
// function whose deferred calls make it return through its results while
// a call follows a read in the list.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S }

type Box[T Shape] struct{ v T }

func (b Box[T]) Get() (T, float64) { return b.v, b.v.Area() + 1 }

func G[T any](v T, n int) (T, int) { return v, n + 1 }

func big(min float64) (Shape, error) {
	for _, n := range slices.All([]float64{1, 3, 5}) {
		if n > min {
			return Sq{n}, nil
		}
	}
	return nil, errors.New("none")
}

func seq(yield func(int) bool) {
	for i := 0; i < 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func pick(k int) (Shape, int) {
	for v := range seq {
		if v == k {
			return Sq{float64(v)}, k + 1
		}
	}
	return nil, 0
}

func f(n int) int { return n }

func d(n int) (int, int) {
	defer func() { _ = n }()
	defer func() {}()
	return n, f(1)
}

func main() {
	fmt.Println(G[Shape](Sq{2}, 3))
	fmt.Println(G[int](5, 3))
	fmt.Println(Box[Shape]{Sq{4}}.Get())
	fmt.Println(Box[Sq]{Sq{4}}.Get())
	fmt.Println(big(2))
	fmt.Println(big(9))
	fmt.Println(pick(3))
	fmt.Println(pick(7))
	fmt.Println(d(3))
}
