//go:build ignore

// A select case sending the result of a method call.
package main

import "fmt"

type Conn struct{ name string }

func (c Conn) DoQuery(q string) string { return c.name + ":" + q }

func main() {
	ch := make(chan string, 1)
	c := Conn{"fast"}
	select {
	case ch <- c.DoQuery("q"):
	default:
	}
	fmt.Println(<-ch)
}
