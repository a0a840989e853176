//go:build ignore

// A function's var group whose values read variables the group declares
// (TheAlgorithms' interpolation search), and a method called on a nil
// interface after fmt printed it (the Tour's "Nil interface values").
package main

import (
	"fmt"
	"runtime"
)

func f() int { return 1 }

func g(x int) int { return x * 10 }

func search(sortedData []int, guess int) int {
	var (
		low, high       = 0, len(sortedData) - 1
		lowVal, highVal = sortedData[low], sortedData[high]
	)
	for lowVal != highVal && (guess >= lowVal) && (guess <= highVal) {
		mid := low + int(float64(float64((guess-lowVal)*(high-low))/float64(highVal-lowVal)))
		if sortedData[mid] == guess {
			return mid
		} else if sortedData[mid] < guess {
			low = mid + 1
			lowVal = sortedData[low]
		} else {
			high = mid - 1
			highVal = sortedData[high]
		}
	}
	if guess == lowVal {
		return low
	}
	return -1
}

type I interface{ M() }

type T struct{ S string }

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil T>")
		return
	}
	fmt.Println(t.S)
}

func describe(i I) { fmt.Printf("(%v, %T)\n", i, i) }

func main() {
	s := []int{1, 2, 3}
	var (
		a = f()
		b = s[0] + g(a)
		c = s[a:]
		d = map[int]int{1: 2}[a]
	)
	fmt.Println(a, b, c, d)
	fmt.Println(search([]int{1, 3, 5, 7, 9, 11}, 7), search([]int{1, 3, 5}, 4))

	var i I
	var t *T
	i = t
	describe(i)
	i.M()
	i = &T{"hello"}
	describe(i)
	i.M()
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Println(ok, r)
	}()
	var n I
	describe(n)
	fmt.Println(n == nil)
	n.M()
}
