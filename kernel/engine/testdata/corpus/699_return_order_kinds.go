//go:build ignore

// The order gc gives a return statement's reads and (not inlined) calls,
// for results of each kind: the reads after the calls (len before).
package main

import "fmt"

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

type S struct{ a, b int }

func pe() (error, int) {
	e := &E{1}
	return e, change(func() { e = &E{2} })
}
func pi() (any, int) {
	x := 1
	return x, change(func() { x = 2 })
}
func ps() (any, int) {
	x := "a"
	return x, change(func() { x = "b" })
}
func pst() (any, int) {
	x := S{1, 1}
	return x, change(func() { x = S{2, 2} })
}
func pp() (any, int) {
	x := &S{1, 1}
	return x, change(func() { x = &S{2, 2} })
}
func psl() (any, int) {
	x := []int{1}
	return x, change(func() { x = []int{2} })
}
func pf() (float64, int) {
	x := 1
	return float64(x), change(func() { x = 2 })
}
func pl() (int, int) {
	x := []int{1}
	return len(x), change(func() { x = []int{2, 3} })
}
func ptr() (*S, int) {
	x := &S{1, 1}
	return x, change(func() { x = &S{2, 2} })
}
func fld() (int, int) {
	x := &S{1, 1}
	return x.a, change(func() { x.a = 2 })
}
func plain() (int, int) {
	x := 1
	return x, change(func() { x = 2 })
}
func arr() ([2]int, int) {
	x := [2]int{1, 1}
	return x, change(func() { x[0] = 2 })
}
func str() (string, int) {
	x := "a"
	return x, change(func() { x = "b" })
}
func bin() (int, int) {
	x := 1
	return x + 1, change(func() { x = 2 })
}

// change runs f; gc does not inline it, so the order of a return
// statement's reads and calls is gc's rule, not an effect of inlining.
//
//go:noinline
func change(f func()) int {
	f()
	return 0
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
