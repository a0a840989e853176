//go:build ignore

// Slices, conversions, appends and assertions indexed out of range panic
// with the index and the length; they stay assignable.
package main

import "fmt"

type Sl []int

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	ss := [][]int{{1}}
	var x any = []int{1}
	i := 5
	try(func() { _ = s[1:][i] })
	try(func() { _ = Sl(s)[i] })
	try(func() { _ = string("abc")[i] })
	try(func() { _ = []byte("abc")[i] })
	try(func() { _ = append(s, 1)[i] })
	try(func() { _ = x.([]int)[i] })
	try(func() { ss[0][1:][0] = 2 })
	s[1:][0] = 9
	Sl(s)[2]++
	fmt.Println(s, len(s[1:]), s[1:][1])
}
