//go:build ignore

// Switches on values of program interfaces (and error, any) with cases
// that are interface values, several per case, and nil.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Shape interface{ Sides() int }

type Sq int

func (Sq) Sides() int { return 4 }

type Color struct{ R int }

func (Color) Sides() int { return 0 }

var ErrA = errors.New("a")

func kind(s Shape, a, b Shape) string {
	switch s {
	case a, b:
		return "match"
	case Sq(9), nil:
		return "nine or nil"
	}
	return "none"
}

func main() {
	var a, b Shape = Sq(1), Sq(1)
	switch a {
	case b:
		fmt.Println("matched")
	default:
		fmt.Println("no match")
	}
	var red Shape = Color{255}
	blue := Shape(Color{0})
	switch red {
	case blue:
		fmt.Println("blue")
	case Shape(Color{255}):
		fmt.Println("red")
	}
	fmt.Println(kind(Sq(2), Sq(1), Sq(2)), kind(Sq(9), a, b), kind(nil, a, b), kind(Sq(3), a, b))
	for _, err := range []error{io.EOF, ErrA, nil, errors.New("x")} {
		switch err {
		case io.EOF, ErrA:
			fmt.Println("known", err)
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("other", err)
		}
	}
	var x any = 3
	switch x {
	case "a", 3:
		fmt.Println("three")
	}
}
