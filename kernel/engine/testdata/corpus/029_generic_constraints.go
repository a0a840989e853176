//go:build ignore

package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxOf[T cmp.Ordered](xs []T) (T, bool) {
	var m T
	if len(xs) == 0 {
		return m, false
	}
	m = xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m, true
}

type Stringer interface{ String() string }

type StringableInt interface {
	~int
	String() string
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt<%d>", int(m)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Double[T StringableInt](x T) string { return (x * 2).String() }

type Celsius float64
type Miles int

func Clamp[T cmp.Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 20))
	fmt.Println(Sum(Celsius(10), Celsius(2.5)), Sum(Miles(3), Miles(4)))
	fmt.Printf("%T\n", Sum(Miles(1)))
	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(2.5, -1.0))
	fmt.Println(MaxOf([]string{"b", "z", "a"}))
	fmt.Println(MaxOf([]int{}))
	fmt.Println(JoinAll([]MyInt{1, 2, 3}, ", "))
	fmt.Println(Double(MyInt(21)))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp("m", "a", "k"))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(3.0, 3.0))
	fmt.Println(cmp.Less(1, 2), min(3, 1, 2), max(1.5, 2.5), min("b", "a"))
	fmt.Println(Equal(MyInt(1), MyInt(1)), Equal([2]int{1, 2}, [2]int{1, 3}))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 5))
}
