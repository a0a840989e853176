//go:build ignore

package main

import (
	"fmt"
	"time"
)

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	out := make(chan int, 1)
	go func(s Shape) { out <- s.Area() }(Sq(2))
	select {
	case v := <-out:
		fmt.Println(v)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
}
