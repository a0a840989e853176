//go:build ignore

package main

import "fmt"

func main() {
	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)

	s = make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s))
	s[0] = "a"
	s[1] = "b"
	s[2] = "c"
	fmt.Println("set:", s)
	fmt.Println("get:", s[2])

	s = append(s, "d")
	s = append(s, "e", "f")
	fmt.Println("apd:", s)

	c := make([]string, len(s))
	n := copy(c, s)
	fmt.Println("cpy:", c, n)

	l := s[2:5]
	fmt.Println("sl1:", l)
	l = s[:5]
	fmt.Println("sl2:", l)
	l = s[2:]
	fmt.Println("sl3:", l)

	t := []string{"g", "h", "i"}
	fmt.Println("dcl:", t)

	twoD := make([][]int, 3)
	for i := 0; i < 3; i++ {
		innerLen := i + 1
		twoD[i] = make([]int, innerLen)
		for j := 0; j < innerLen; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoD)

	base := []int{1, 2, 3, 4, 5}
	sub := base[1:3]
	sub[0] = 20
	fmt.Println(base, sub, len(sub), cap(sub))
	sub = append(sub, 30)
	fmt.Println(base, sub)
	full := base[1:3:3]
	full = append(full, 99)
	fmt.Println(base, full, cap(base[1:3:3]))

	var grow []int
	caps := 0
	for i := range 100 {
		grow = append(grow, i)
		if cap(grow) != caps {
			caps = cap(grow)
		}
	}
	fmt.Println(len(grow), grow[99])

	more := append([]int{0}, base...)
	fmt.Println(more)
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
	// delete index 2
	del := []int{0, 1, 2, 3, 4}
	del = append(del[:2], del[3:]...)
	fmt.Println(del)
	arr := [4]int{1, 2, 3, 4}
	fromArr := arr[:]
	fromArr[0] = 100
	fmt.Println(arr)
	fmt.Println([]int(nil) == nil, len([][]string{{"x"}, {}}))
}
