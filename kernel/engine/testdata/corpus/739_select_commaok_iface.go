//go:build ignore

// Comma-ok receives, in select cases and statements, assigned to
// existing interface variables and map elements.
package main

import "fmt"

func main() {
	ch := make(chan any, 3)
	ch <- 5
	ch <- "a"
	close(ch)
	var x any
	var ok bool
	x, ok = <-ch
	fmt.Println(x, ok)
	m := map[string]any{}
	select {
	case m["k"], ok = <-ch:
		fmt.Println(m, ok)
	}
	for i := 0; i < 2; i++ {
		select {
		case x, ok = <-ch:
			fmt.Println(x, ok)
		}
	}
	var e error
	ec := make(chan error, 1)
	ec <- fmt.Errorf("boom")
	e, ok = <-ec
	fmt.Println(e, ok)
	ec <- nil
	select {
	case e, _ = <-ec:
		fmt.Println(e)
	}
}
