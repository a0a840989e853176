//go:build ignore

// The order gc gives a return statement's variable reads and calls, for
// results of each kind (late for numbers, strings, slices and arrays).
package main

import "fmt"

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

type S struct{ a, b int }

func pe() (error, int) {
	e := &E{1}
	return e, func() int { e = &E{2}; return 0 }()
}
func pi() (any, int) {
	x := 1
	return x, func() int { x = 2; return 0 }()
}
func ps() (any, int) {
	x := "a"
	return x, func() int { x = "b"; return 0 }()
}
func pst() (any, int) {
	x := S{1, 1}
	return x, func() int { x = S{2, 2}; return 0 }()
}
func pp() (any, int) {
	x := &S{1, 1}
	return x, func() int { x = &S{2, 2}; return 0 }()
}
func psl() (any, int) {
	x := []int{1}
	return x, func() int { x = []int{2}; return 0 }()
}
func pf() (float64, int) {
	x := 1
	return float64(x), func() int { x = 2; return 0 }()
}
func pl() (int, int) {
	x := []int{1}
	return len(x), func() int { x = []int{2, 3}; return 0 }()
}
func ptr() (*S, int) {
	x := &S{1, 1}
	return x, func() int { x = &S{2, 2}; return 0 }()
}
func fld() (int, int) {
	x := &S{1, 1}
	return x.a, func() int { x.a = 2; return 0 }()
}
func plain() (int, int) {
	x := 1
	return x, func() int { x = 2; return 0 }()
}
func arr() ([2]int, int) {
	x := [2]int{1, 1}
	return x, func() int { x[0] = 2; return 0 }()
}
func str() (string, int) {
	x := "a"
	return x, func() int { x = "b"; return 0 }()
}
func bin() (int, int) {
	x := 1
	return x + 1, func() int { x = 2; return 0 }()
}

func main() {
	fmt.Println(pe())
	fmt.Println(pi())
	fmt.Println(ps())
	fmt.Println(pst())
	fmt.Println(pp())
	fmt.Println(psl())
	fmt.Println(pf())
	fmt.Println(pl())
	fmt.Println(ptr())
	fmt.Println(fld())
	fmt.Println(plain())
	fmt.Println(arr())
	fmt.Println(str())
	fmt.Println(bin())
}
