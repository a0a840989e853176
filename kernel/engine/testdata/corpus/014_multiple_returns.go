//go:build ignore

package main

import (
	"errors"
	"fmt"
)

func vals() (int, int) {
	return 3, 7
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	return a / b, a % b, nil
}

func minmax(xs ...int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func pair() (string, bool) { return "ok", true }

func takesTwo(s string, b bool) string { return fmt.Sprint(s, "/", b) }

func main() {
	a, b := vals()
	fmt.Println(a)
	fmt.Println(b)
	_, c := vals()
	fmt.Println(c)
	q, r, err := divmod(17, 5)
	fmt.Println(q, r, err)
	_, _, err = divmod(1, 0)
	fmt.Println(err)
	fmt.Println(minmax(4, -2, 9, 0))
	fmt.Println(takesTwo(pair()))
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}
