//go:build ignore

package main

import "fmt"

var trace []string

func t(s string, v int) int { trace = append(trace, s); return v }

type P struct{ x, y int }

func main() {
	x := []int{0, 0, 0}
	i := 0
	i, x[i] = 1, 2
	fmt.Println(i, x)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x[0], x[1], x[2] = x[1], x[2], x[0]
	fmt.Println(x)
	m := map[string]int{}
	m["a"], m["b"] = t("first", 1), t("second", 2)
	fmt.Println(m, trace)
	trace = nil
	arr := [3]int{t("e0", 10), t("e1", 20), t("e2", 30)}
	fmt.Println(arr, trace)
	p := &P{1, 2}
	p.x, p.y = p.y, p.x
	fmt.Println(*p)
	var c, d int
	c, d = d+1, c+2
	fmt.Println(c, d)
	s := []int{1, 2, 3}
	s, s[0] = s[1:], 100
	fmt.Println(s)
	j := 0
	j, x[j] = j+1, len(x)
	fmt.Println(j, x)
	fn := func() (int, int) { return 3, 4 }
	c, d = fn()
	fmt.Println(c, d)
	var e error
	var ok bool
	var iface any = fmt.Errorf("boom")
	e, ok = iface.(error)
	fmt.Println(e, ok)
	ch := make(chan int, 1)
	ch <- 9
	var v int
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok)
	k, w := 5, cap(s)
	fmt.Println(k, w)
}
