//go:build ignore

package main

import "fmt"

type K int

func main() {
	var p, q any = K(3), K(4)
	fmt.Println(p, q)
	p, q = K(5), K(6)
	fmt.Printf("%v %T\n", p, q)
}
