//go:build ignore

package main

import "fmt"

type S string

func main() {
	var i int
	for i = range "aé b" {
		fmt.Print(i, " ")
	}
	fmt.Println(i)
	for j := range S("é1") {
		fmt.Print(j, " ")
	}
	fmt.Println()
	var last int
	for k := range "日本語" {
		last = k
	}
	fmt.Println(last)
}
