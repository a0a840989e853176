//go:build ignore

package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func counterPair() (inc func(), get func() int) {
	n := 0
	inc = func() { n++ }
	get = func() int { return n }
	return
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Println("computed", n, "calls", calls)
		return v
	}
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	newInts := intSeq()
	fmt.Println(newInts())

	inc, get := counterPair()
	inc()
	inc()
	fmt.Println("count:", get())

	sq := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	x := 10
	addX := func(y int) int { return x + y }
	x = 20
	fmt.Println(addX(1))

	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(n int) int { return n + i }
	}
	for _, a := range adders {
		fmt.Print(a(100), " ")
	}
	fmt.Println()
	acc := func() func(int) int {
		total := 0
		return func(n int) int { total += n; return total }
	}()
	acc(5)
	acc(10)
	fmt.Println(acc(0))
}
