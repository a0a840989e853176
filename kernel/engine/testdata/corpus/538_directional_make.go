//go:build ignore

package main

import "fmt"

type Sink chan<- int

func main() {
	c := make(chan<- int, 1)
	c <- 1
	fmt.Println(len(c), cap(c))
	r := make(<-chan string)
	fmt.Println(r == nil)
	s := make(Sink, 2)
	s <- 3
	fmt.Println(len(s))
}
