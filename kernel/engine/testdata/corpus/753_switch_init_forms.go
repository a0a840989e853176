//go:build ignore

// Switch statements with an init statement: interface tags, labels.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func classify(x any) string {
	switch n := 2; x {
	case 1, n:
		return "small"
	case "a", io.EOF:
		return "special"
	default:
		return "other"
	}
}

func main() {
	fmt.Println(classify(2), classify(io.EOF), classify(3.5), classify("a"))
	var s Shape = Sq{2}
	switch t := (Sq{2}); s {
	case t:
		fmt.Println("same square")
	default:
		fmt.Println("different")
	}
	n := 2
L:
	switch x := n * 2; x + 1 {
	case 5:
		fmt.Println("five")
		break L
	default:
		fmt.Println("default", x)
	}
	var err error = io.ErrUnexpectedEOF
	switch wrapped := fmt.Errorf("w: %w", err); {
	case errors.Is(wrapped, io.EOF):
		fmt.Println("eof")
	case errors.Is(wrapped, io.ErrUnexpectedEOF):
		fmt.Println("unexpected eof")
	}
outer:
	for i := 0; i < 3; i++ {
		switch j := i * 10; j {
		case 10:
			continue outer
		case 20:
			break outer
		}
		fmt.Println("i", i)
	}
}
