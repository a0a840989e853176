//go:build ignore

package main

import "fmt"

type Buf struct{ len int }

func grow(b *Buf, new int) (n int, ok bool) {
	b.len = new
	xs := []int{1, 2, 3}
	len := 2
	cap := xs[len-1]
	return cap + b.len, true
}

func main() {
	b := &Buf{}
	fmt.Println(grow(b, 5))
	fmt.Println(b.len, Buf{len: 3})
	new := func(x int) int { return x * 2 }
	fmt.Println(new(4))
	for _, string := range []string{"a"} {
		fmt.Println(string)
	}
}
