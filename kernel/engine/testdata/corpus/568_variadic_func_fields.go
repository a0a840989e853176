//go:build ignore

package main

import "fmt"

type S struct {
	Log func(args ...int)
}

func main() {
	s := S{Log: func(a ...int) { fmt.Println(a) }}
	s.Log(1, 2)
	p := &s
	p.Log(3, 4, 5)
	f := s.Log
	f(6, 7)
}
