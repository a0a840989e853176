//go:build ignore

package main

import "fmt"

func call[T any](f func(int) (T, error)) (T, error) {
	for i := 0; i < 2; i++ {
		v, err := f(i)
		if err == nil {
			return v, nil
		}
		var n int
		if p := &n; *p != 0 {
			return v, err
		}
	}
	var zero T
	return zero, nil
}

func main() {
	fmt.Println(call(func(i int) (string, error) {
		if i == 0 {
			return "", fmt.Errorf("e")
		}
		return "ok", nil
	}))
}
