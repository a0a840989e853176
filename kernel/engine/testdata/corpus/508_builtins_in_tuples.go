//go:build ignore

package main

import "fmt"

func lens(a, b []int) (int, int)     { return len(a), len(b) }
func cp(dst, src []int) (int, []int) { n := copy(dst, src); return n, dst }
func mk(n int) ([]int, map[int]int)  { return make([]int, n), make(map[int]int, n) }
func nw() (*int, string)             { return new(int), "ok" }
func cplx() (float64, float64)       { c := complex(1, 2); return real(c), imag(c) }
func mx(a, b int) (int, int)         { return max(a, b), min(a, b) }
func ap(s []int) (int, []int)        { return 1, append(s, 9) }
func str(s string) (string, string)  { return s, string(s[0]) }
func conv(f float64) (string, int)   { return "f", int(f) }

func main() {
	fmt.Println(lens([]int{1}, []int{1, 2, 3}))
	d := make([]int, 2)
	fmt.Println(cp(d, []int{7, 8, 9}))
	s, m := mk(3)
	fmt.Println(len(s), len(m))
	p, o := nw()
	fmt.Println(*p, o)
	fmt.Println(cplx())
	fmt.Println(mx(3, 9))
	fmt.Println(ap(nil))
	fmt.Println(str("xyz"))
	fmt.Println(conv(3.7))
	a, b := 1, len("hello")
	fmt.Println(a, b)
	var x, y = "q", len([]int{1, 2})
	fmt.Println(x, y)
	var arr [3]string
	arr[0], arr[1] = "z", fmt.Sprint(len(arr))
	fmt.Println(arr)
}
