//go:build ignore

// A nil received from a channel of the program's interface type, handed
// straight to fmt.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	ch := make(chan Shape, 2)
	ch <- nil
	ch <- Sq{2}
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
