//go:build ignore

package main

import "fmt"

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := append(append([]rune{}, s[:i]...), s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	fmt.Println(fact(7))
	fmt.Println(fact(20))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves)
	fmt.Println(permutations([]rune("abc")))
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	fmt.Println(ackermann(2, 3))
	depth := 0
	var deep func(n int) int
	deep = func(n int) int {
		if n == 0 {
			return 0
		}
		depth++
		return 1 + deep(n-1)
	}
	fmt.Println(deep(10000), depth)
}
