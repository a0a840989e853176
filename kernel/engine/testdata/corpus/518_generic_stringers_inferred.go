//go:build ignore

package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Score int

func (s Score) String() string { return "pts:" + strconv.Itoa(int(s)) }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Median[T Number](xs []T) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		m[key(x)] = append(m[key(x)], x)
	}
	return m
}

type Stats[T Number] struct {
	Min, Max T
	Mean     float64
}

func Compute[T Number](xs []T) Stats[T] {
	return Stats[T]{slices.Min(xs), slices.Max(xs), Mean(xs)}
}

func (s Stats[T]) String() string {
	return fmt.Sprintf("min=%v max=%v mean=%.2f", s.Min, s.Max, s.Mean)
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return max(lo, min(x, hi)) }

func main() {
	temps := []Celsius{21.5, 19, 23.25, 18.75}
	scores := []Score{10, 30, 20, 40, 50}
	fmt.Println(Sum(temps), Mean(temps), Median(temps))
	fmt.Println(Sum(scores), Mean(scores), Median(scores))
	fmt.Println(Compute(temps))
	fmt.Println(Compute(scores))
	fmt.Printf("%v %+v\n", Compute([]int{3, 1, 2}), Compute([]float32{1.5, 2.5}))
	strs := MapSlice(scores, func(s Score) string { return s.String() })
	fmt.Println(strs, MapSlice(temps, func(c Celsius) int { return int(math.Round(float64(c))) }))
	fmt.Println(Reduce(scores, "", func(a string, s Score) string { return a + strconv.Itoa(int(s)/10) }))
	g := GroupBy(scores, func(s Score) bool { return s >= 30 })
	fmt.Println(g[true], g[false])
	fmt.Println(Clamp(15, 0, 10), Clamp("m", "a", "k"), Clamp(Celsius(-5), 0, 100))
	fmt.Println(Mean([]int{}))
	var total Score
	for _, s := range scores {
		total += s
	}
	fmt.Printf("%v %d %s\n", total, total, total)
}
