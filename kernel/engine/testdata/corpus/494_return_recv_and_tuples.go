//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }
type Sq int

func (s Sq) Area() int { return int(s * s) }

func recv(c chan int) int { return <-c }

func recvErr(c <-chan int) (int, error) {
	if len(c) == 0 {
		return 0, errors.New("empty")
	}
	return <-c, nil
}

func shape(c chan Sq) Shape { return <-c }

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	fmt.Println(recv(c))
	fmt.Println(recvErr(c))
	fmt.Println(recvErr(c))
	sc := make(chan Sq, 1)
	sc <- 3
	fmt.Println(shape(sc).Area())
	get := func() string { ch := make(chan string, 1); ch <- "lit"; return <-ch }
	fmt.Println(get())
}

func f(n int) (int, error) { return n, errors.New("boom") }

func g() (any, error) { return f(7) }

func h() (fmt.Stringer, string) { return nil, "s" }

func k() (any, any) { return h() }

func init() {
	v, err := g()
	fmt.Println(v, err)
	a, b := k()
	fmt.Println(a, b)
}
