//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Box struct{ W, H int }

func (b Box) Area() int { return b.W * b.H }

type MyErr struct{ msg string }

func (e MyErr) Error() string { return e.msg }

func main() {
	ch := make(chan Shape, 2)
	for _, s := range []Shape{Sq(3), Box{2, 5}} {
		select {
		case ch <- s:
			fmt.Println("sent")
		default:
			fmt.Println("full")
		}
	}
	select {
	case ch <- Sq(1):
	default:
		fmt.Println("full")
	}
	fmt.Println((<-ch).Area(), (<-ch).Area())
	errs := make(chan error, 1)
	select {
	case errs <- MyErr{"boom"}:
	}
	err := <-errs
	var me MyErr
	fmt.Println(err, errors.As(err, &me), me.msg)
	anys := make(chan any, 1)
	select {
	case anys <- Box{1, 1}:
	}
	fmt.Printf("%v %T\n", <-anys, Box{})
	var nilS chan Shape
	select {
	case nilS <- Sq(1):
		fmt.Println("never")
	default:
		fmt.Println("nil channel blocks")
	}
}
