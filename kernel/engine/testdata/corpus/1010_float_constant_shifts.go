//go:build ignore

// An untyped floating-point constant shifted by a variable takes the
// type its context gives it (1.0<<s as an int index, argument, field,
// element, map key or length).
package main

import "fmt"

func needInt(i int) int { return i }

type T struct{ N int }

func main() {
	var s uint = 2
	a := []int{0, 1, 2, 3, 4, 5, 6}
	fmt.Println("A")
	x := a[1.0<<s]
	fmt.Println("B", x)
	fmt.Println(needInt(1.0 << s))
	fmt.Println(T{N: 1.0 << s}, []int{1.0 << s}, 2.0<<s+x)
	m := map[int]string{4: "four"}
	fmt.Println(m[1.0<<s], len(make([]int, 1.0<<s)))
	const c = 3.0
	fmt.Println(needInt(c<<s), a[:1.0<<s])
	var f float64 = float64(int(1.0 << s))
	fmt.Println(f)
}
