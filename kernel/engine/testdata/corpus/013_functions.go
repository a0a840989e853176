//go:build ignore

package main

import "fmt"

func plus(a int, b int) int {
	return a + b
}

func plusPlus(a, b, c int) int {
	return a + b + c
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func named(a, b int) (sum, prod int) {
	sum = a + b
	prod = a * b
	return
}

func noResult(s string) {
	fmt.Println("side effect:", s)
}

func modify(arr [3]int, sl []int, m map[string]int, p *int) {
	arr[0] = 100
	sl[0] = 100
	m["x"] = 100
	*p = 100
}

func main() {
	res := plus(1, 2)
	fmt.Println("1+2 =", res)
	res = plusPlus(1, 2, 3)
	fmt.Println("1+2+3 =", res)
	fmt.Println(apply(plus, 3, 4))
	fmt.Println(apply(func(a, b int) int { return a * b }, 3, 4))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	fmt.Println(named(3, 4))
	noResult("hi")
	arr := [3]int{1, 2, 3}
	sl := []int{1, 2, 3}
	m := map[string]int{"x": 1}
	n := 1
	modify(arr, sl, m, &n)
	fmt.Println(arr, sl, m, n)
	var f func(int) int
	fmt.Println(f == nil)
	f = inc
	fmt.Println(f(1))
	fmt.Println(func(s string) string { return s + s }("ab"))
}
