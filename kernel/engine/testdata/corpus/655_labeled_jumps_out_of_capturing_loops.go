//go:build ignore

// Labeled continue and break of an outer loop from a loop whose
// closures capture its variables (each iteration keeps its own).
package main

import "fmt"

func main() {
	fs := []func(){}
outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if j == 2 {
				continue outer
			}
			fs = append(fs, func() { fmt.Print(i, j, " ") })
		}
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}

func init() {
	var fs []func() int
	sum := 0
rows:
	for i := range 4 {
		for j := range 4 {
			if j > i {
				continue rows
			}
			if i == 3 {
				break rows
			}
			fs = append(fs, func() int { return i*10 + j })
		}
	}
	for _, f := range fs {
		sum += f()
		fmt.Print(f(), " ")
	}
	fmt.Println(sum)
	// three levels, the middle one not capturing
	var gs []func() string
a:
	for i := 0; i < 3; i++ {
		for k := 0; k < 2; k++ {
			for j := range 3 {
				if j == 1 && k == 1 {
					continue a
				}
				if i == 2 {
					break a
				}
				gs = append(gs, func() string { return fmt.Sprint(i, k, j) })
			}
		}
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	// a labeled switch broken from a capturing loop
	n := 0
sw:
	switch {
	case n == 0:
		for i := range 5 {
			defer func() {}()
			_ = func() int { return i }
			if i == 2 {
				break sw
			}
			n++
		}
	}
	fmt.Println("n", n)
}

func find(grid [][]int, v int) (r, c int, fs []func() int) {
	for i, row := range grid {
		for j, x := range row {
			fs = append(fs, func() int { return i + j })
			if x == v {
				return i, j, fs
			}
		}
	}
	return -1, -1, fs
}

func init() {
	r, c, fs := find([][]int{{1, 2}, {3, 4}}, 3)
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(r, c)
	m := map[string][]int{"a": {1, 2, 3}, "b": {4, 5}}
	var hs []func() int
outer:
	for _, k := range []string{"a", "b"} {
		for _, v := range m[k] {
			if v == 2 {
				continue outer
			}
			hs = append(hs, func() int { return v })
		}
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
