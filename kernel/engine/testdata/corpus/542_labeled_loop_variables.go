//go:build ignore

package main

import "fmt"

func main() {
	var ks []func() int
	for i := range 3 {
		ks = append(ks, func() int { return i })
	}
outer:
	for i := range 3 {
		if i == 5 {
			break outer
		}
		ks = append(ks, func() int { return i * 10 })
	}
loop2:
	for j := 0; j < 3; j++ {
		for _, s := range []string{"a", "b"} {
			if s == "b" {
				continue loop2
			}
			ks = append(ks, func() int { return j*100 + len(s) })
		}
	}
	for _, k := range ks {
		fmt.Print(k(), " ")
	}
	fmt.Println()
}
