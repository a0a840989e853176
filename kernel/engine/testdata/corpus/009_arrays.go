//go:build ignore

package main

import "fmt"

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a)
	fmt.Println("get:", a[4])
	fmt.Println("len:", len(a))

	b := [5]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	b = [...]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	b = [...]int{100, 3: 400, 500}
	fmt.Println("idx:", b)

	var twoD [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoD)
	twoD = [2][3]int{{1, 2, 3}, {1, 2, 3}}
	fmt.Println("2d: ", twoD)

	c := b
	c[0] = -1
	fmt.Println("copy is independent:", b[0], c[0])
	fmt.Println("equal:", b == c, b == [5]int{100, 0, 0, 400, 500})

	double := func(arr [3]int) [3]int {
		for i := range arr {
			arr[i] *= 2
		}
		return arr
	}
	orig := [3]int{1, 2, 3}
	fmt.Println(double(orig), orig)
	p := &orig
	p[1] = 20
	fmt.Println(orig, len(p))
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	s := orig[1:]
	s[0] = 99
	fmt.Println(orig, s)
	counts := [26]int{}
	for _, r := range "hello" {
		counts[r-'a']++
	}
	fmt.Println(counts['l'-'a'], counts['h'-'a'])
}
